using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("530102")]
    [InlineData("530102001")]
    [InlineData("530102001001")]
    public void Parse_WhenCountyTownshipOrVillageDigits_KeepsTheRawCode(string raw)
    {
        var code = RegionCode.Parse(raw);

        Assert.Equal(raw, code.Value);
        Assert.Equal(raw, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("53")]
    [InlineData("5301020")]
    [InlineData("5301020010010")]
    [InlineData("53010a")]
    [InlineData("５３０１０２")]
    [InlineData(" 530102")]
    public void TryParse_WhenNotSixNineOrTwelveAsciiDigits_Fails(string raw)
    {
        Assert.False(RegionCode.TryParse(raw, out _));
        var error = Assert.Throws<CodeFormatException>(() => RegionCode.Parse(raw));
        Assert.Equal("regionCode", error.Field);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(RegionCode.Parse("530102"), RegionCode.Parse("530102"));
        Assert.NotEqual(RegionCode.Parse("530102"), RegionCode.Parse("530103"));
    }

    [Theory]
    [InlineData("530000", "53")]
    [InlineData("530100", "5301")]
    [InlineData("530102", "530102")]
    [InlineData("530102001", "530102001")]
    public void SubtreePrefix_ByLevel(string code, string prefix)
    {
        Assert.Equal(prefix, RegionCode.Parse(code).SubtreePrefix);
        Assert.Equal(prefix, RegionCode.SubtreePrefixOf(code));
    }

    [Theory]
    [InlineData("530102001001", "530102")]
    [InlineData("530102001", "530102")]
    [InlineData("530102", "530102")]
    public void County_IsTheFirstSixDigits(string code, string county)
    {
        Assert.Equal(RegionCode.Parse(county), RegionCode.Parse(code).County);
        Assert.Equal(county, RegionCode.CountyOf(code));
    }

    [Theory]
    [InlineData("530102001", "530000", true)]
    [InlineData("530102001", "530100", true)]
    [InlineData("530102001", "530102", true)]
    [InlineData("530102", "530102001", false)]
    [InlineData("530302", "530100", false)]
    [InlineData("110101", "530000", false)]
    public void IsWithin_ChecksTheSubtree(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, RegionCode.Parse(code).IsWithin(RegionCode.Parse(ancestor)));
        Assert.Equal(expected, RegionCode.IsWithin(code, ancestor));
    }
}
