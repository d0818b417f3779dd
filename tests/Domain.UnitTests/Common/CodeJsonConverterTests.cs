using System.Text.Json;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Common;

public class CodeJsonConverterTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Serialize_WritesThePlainStrings()
    {
        var json = JsonSerializer.Serialize(new Body(ItemCode.Parse("civil.dibao"), RegionCode.Parse("530102001"), null), Web);

        Assert.Equal("""{"itemCode":"civil.dibao","regionCode":"530102001","departmentCode":null}""", json);
    }

    [Fact]
    public void Deserialize_ReadsThePlainStrings()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"itemCode":"civil.dibao","regionCode":"530102","departmentCode":"civil"}""", Web)!;

        Assert.Equal(ItemCode.Parse("civil.dibao"), body.ItemCode);
        Assert.Equal(RegionCode.Parse("530102"), body.RegionCode);
        Assert.Equal(DepartmentCode.Parse("civil"), body.DepartmentCode);
    }

    [Theory]
    [InlineData("""{"itemCode":"","regionCode":"  "}""")]
    [InlineData("""{"itemCode":null,"regionCode":null}""")]
    [InlineData("""{}""")]
    public void Deserialize_WhenBlankOrMissing_ReadsNullForTheValidatorToAnswer(string json)
    {
        var body = JsonSerializer.Deserialize<Body>(json, Web)!;

        Assert.Null(body.ItemCode);
        Assert.Null(body.RegionCode);
    }

    [Fact]
    public void Deserialize_WhenMalformed_ThrowsWithThePathAndTheCodeProblem()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"itemCode":"civil.dibao","regionCode":"53010"}""", Web));

        Assert.Equal("$.regionCode", error.Path);
        Assert.Equal("regionCode", Assert.IsType<CodeFormatException>(error.InnerException).Field);
    }

    [Fact]
    public void Deserialize_WhenNotAString_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"itemCode":5}""", Web));
    }

    private sealed record Body(ItemCode ItemCode, RegionCode RegionCode, DepartmentCode? DepartmentCode);
}
