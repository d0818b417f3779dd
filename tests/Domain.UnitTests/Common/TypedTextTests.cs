using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Common;

public class TypedTextTests
{
    [Theory]
    [InlineData("3口", 3)]
    [InlineData("4,200元", 4200)]
    [InlineData(" ４２００ 块钱", 4200)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("-3", -3)]
    public void TryNumber_ReadsWhatPeopleType(string input, decimal expected)
    {
        Assert.True(TypedText.TryNumber(input, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("三口")]
    [InlineData("12,34")] // not grouped in thousands: ambiguous, refused
    [InlineData("3口人多")]
    [InlineData("")]
    public void TryNumber_RefusesWhatIsNotANumber(string input)
    {
        Assert.False(TypedText.TryNumber(input, out _));
    }

    [Fact]
    public void Compact_TurnsFullWidthIntoAscii_AndDropsGroupingSpaces()
    {
        Assert.Equal("53010219800101001X", TypedText.Compact("５３０１０２ １９８００１０１ ００１Ｘ"));
    }
}
