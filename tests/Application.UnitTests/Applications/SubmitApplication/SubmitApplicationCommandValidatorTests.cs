using System.Text.Json;
using ReliefPlatform.Application.Applications.SubmitApplication;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.UnitTests.Fakes;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.UnitTests.Applications.SubmitApplication;

public class SubmitApplicationCommandValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Validate_WhenCommandIsValid_ReturnsNoErrors()
    {
        var validator = CreateValidator();
        var command = ValidCommand();

        var result = await validator.ValidateAsync(command);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public async Task Validate_WhenItemIsUnknown_ReportsOnlyItemCode()
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { ItemCode = ItemCode.Parse("civil.no-such-item") };

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["itemCode"], errors.Keys);
    }

    [Theory]
    [InlineData("110101")]
    [InlineData("530100")]
    [InlineData("530000")]
    [InlineData("530199")]
    public async Task Validate_WhenRegionIsNotACountyOrBelowInTheProvince_ReportsRegionCode(string regionCode)
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { RegionCode = RegionCode.Parse(regionCode) };

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["regionCode"], errors.Keys);
    }

    [Theory]
    [InlineData("530102")]
    [InlineData("530102001")]
    public async Task Validate_WhenRegionIsACountyOrTownshipInTheProvince_ReturnsNoErrors(string regionCode)
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { RegionCode = RegionCode.Parse(regionCode) };

        var result = await validator.ValidateAsync(command);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("zh-CN", "身份证号最后一位校验码不对，请逐位核对。")]
    [InlineData("", "身份证号最后一位校验码不对，请逐位核对。")]
    [InlineData("en", "The check character of the resident ID number is wrong; please check each digit.")]
    [InlineData("en-GB", "The check character of the resident ID number is wrong; please check each digit.")]
    public async Task Validate_WhenIdCheckCharacterIsWrong_ReportsIdNumberInTheUiLanguage(string culture, string expected)
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { Applicant = ValidApplicant() with { IdNumber = "530102196001011239" } };
        using var uiCulture = new UiCulture(culture);

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["applicant.idNumber"], errors.Keys);
        Assert.Equal([expected], errors["applicant.idNumber"]);
    }

    [Fact]
    public async Task Validate_WhenRequiredAnswerIsMissing_ReportsTheAnswerKey()
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { Answers = Json("""{"monthlyIncome":820.5,"hukouType":"rural"}""") };

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["answers.householdSize"], errors.Keys);
    }

    [Fact]
    public async Task Validate_WhenDescriptionIsEmpty_ReportsDescription()
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { Description = string.Empty };

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["description"], errors.Keys);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("23800138000")]
    [InlineData("")]
    public async Task Validate_WhenPhoneIsInvalid_ReportsApplicantPhone(string phone)
    {
        var validator = CreateValidator();
        var command = ValidCommand() with { Applicant = ValidApplicant() with { Phone = phone } };

        var result = await validator.ValidateAsync(command);
        var errors = new ValidationException(result.Errors).Errors;

        Assert.Equal(["applicant.phone"], errors.Keys);
    }

    private static SubmitApplicationCommandValidator CreateValidator() =>
        new(new FakeCatalog(CatalogItems.Dibao()), FakeRegionDirectory.Yunnan(), new FixedTimeProvider(Now));

    private static ApplicantInput ValidApplicant() => new("张三", "530102196001011238", "13800138000");

    private static SubmitApplicationCommand ValidCommand() => new(
        ItemCode.Parse("civil.dibao"),
        RegionCode.Parse("530102001"),
        ValidApplicant(),
        Json("""{"householdSize":3,"monthlyIncome":820.5,"hukouType":"rural"}"""),
        "老伴去年病故，我一个人带两个孙子，收入不够生活。");

    private static JsonElement Json(string json) => JsonSerializer.Deserialize<JsonElement>(json);
}
