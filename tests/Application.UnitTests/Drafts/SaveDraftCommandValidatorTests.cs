using System.Text.Json;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Drafts.SaveDraft;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.UnitTests.Drafts;

public class SaveDraftCommandValidatorTests
{
    [Fact]
    public void Validate_WhenTheDataIsAnObject_ReturnsNoErrors()
    {
        var result = new SaveDraftCommandValidator().Validate(new SaveDraftCommand(ItemCode.Parse("civil.dibao"), Json("""{"v":1,"step":2}""")));

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public void Validate_WhenTheDataIsNotAnObject_ReportsData(string data)
    {
        var result = new SaveDraftCommandValidator().Validate(new SaveDraftCommand(ItemCode.Parse("civil.dibao"), Json(data)));

        Assert.Equal(["data"], new ValidationException(result.Errors).Errors.Keys);
    }

    [Fact]
    public void Validate_WhenTheDataIsTooLarge_ReportsData()
    {
        var data = Json($$"""{"text":"{{new string('字', 50_001)}}"}""");

        var result = new SaveDraftCommandValidator().Validate(new SaveDraftCommand(ItemCode.Parse("civil.dibao"), data));

        Assert.Equal(["data"], new ValidationException(result.Errors).Errors.Keys);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
