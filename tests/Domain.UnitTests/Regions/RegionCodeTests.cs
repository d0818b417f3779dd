using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("530000", "53")]
    [InlineData("530100", "5301")]
    [InlineData("530102", "530102")]
    [InlineData("530102001", "530102001")]
    public void SubtreePrefix_ByLevel(string code, string prefix)
    {
        Assert.Equal(prefix, RegionCode.SubtreePrefix(code));
    }

    [Theory]
    [InlineData("530102001001", "530102")]
    [InlineData("530102", "530102")]
    public void CountyOf_IsTheFirstSixDigits(string code, string county)
    {
        Assert.Equal(county, RegionCode.CountyOf(code));
    }

    [Theory]
    [InlineData("530102001", "530000", true)]
    [InlineData("530102001", "530100", true)]
    [InlineData("530302", "530100", false)]
    [InlineData("110101", "530000", false)]
    public void IsWithin_ChecksTheSubtree(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, RegionCode.IsWithin(code, ancestor));
    }
}
