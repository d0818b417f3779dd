using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Domain.UnitTests.Residents;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example
    [InlineData("530102196001011238")]
    public void TryParse_WhenValid_ReturnsNumberWithBirthDateAndRegion(string input)
    {
        var ok = ResidentIdNumber.TryParse(input, Today, out var id, out var error);

        Assert.True(ok, error);
        Assert.Equal(input, id!.Value);
        Assert.Equal(input[..6], id.RegionCode);
        Assert.Equal(DateOnly.ParseExact(input.Substring(6, 8), "yyyyMMdd"), id.BirthDate);
    }

    [Fact]
    public void TryParse_WhenCheckCharacterIsLowercaseX_NormalizesToUppercase()
    {
        var ok = ResidentIdNumber.TryParse(" 11010519491231002x ", Today, out var id, out _);

        Assert.True(ok);
        Assert.Equal("11010519491231002X", id!.Value);
    }

    [Fact]
    public void TryParse_WhenCheckCharacterIsWrong_FailsWithCheckMessage()
    {
        var ok = ResidentIdNumber.TryParse("530102196001011234", Today, out _, out var error);

        Assert.False(ok);
        Assert.Contains("check character", error);
    }

    [Theory]
    [InlineData("19990230")] // 30 February
    [InlineData("20261301")] // month 13
    [InlineData("18991231")] // before 1900
    [InlineData("20270101")] // in the future
    public void TryParse_WhenBirthDateIsImpossible_FailsWithBirthMessage(string birth)
    {
        var input = WithCheckCharacter("530102" + birth + "123");

        var ok = ResidentIdNumber.TryParse(input, Today, out _, out var error);

        Assert.False(ok);
        Assert.Contains("birth date", error);
    }

    [Theory]
    [InlineData("990102")]
    [InlineData("000000")]
    [InlineData("720102")]
    public void TryParse_WhenRegionIsOutsideChina_FailsWithRegionMessage(string region)
    {
        var input = WithCheckCharacter(region + "19600101123");

        var ok = ResidentIdNumber.TryParse(input, Today, out _, out var error);

        Assert.False(ok);
        Assert.Contains("region code", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("53010219600101123")]
    [InlineData("5301021960010112383")]
    [InlineData("53010219600101123Y")]
    [InlineData("5301021960O101123X")]
    public void TryParse_WhenShapeIsWrong_Fails(string? input)
    {
        var ok = ResidentIdNumber.TryParse(input, Today, out var id, out var error);

        Assert.False(ok);
        Assert.Null(id);
        Assert.Contains("17 digits", error);
    }

    [Fact]
    public void Mask_KeepsFirstFourAndLastFour()
    {
        Assert.Equal("1101**********002X", ResidentIdNumber.Mask("11010519491231002X"));
    }

    [Fact]
    public void Parse_WhenInvalid_ThrowsInvalidIdNumberException()
    {
        Assert.Throws<InvalidIdNumberException>(() => ResidentIdNumber.Parse("530102196001011234", Today));
    }

    internal static string WithCheckCharacter(string first17) => first17 + ResidentIdNumber.CheckCharacterOf(first17);
}
