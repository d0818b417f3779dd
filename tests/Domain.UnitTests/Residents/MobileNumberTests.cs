using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Domain.UnitTests.Residents;

public class MobileNumberTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("008619912345678", "19912345678")]
    [InlineData("139 8765 0012", "13987650012")]
    [InlineData("１３９８７６５００１２", "13987650012")] // full-width, as Chinese input methods give them
    public void TryParse_WhenMainlandMobile_ReturnsDigits(string input, string expected)
    {
        Assert.True(MobileNumber.TryParse(input, out var number));
        Assert.Equal(expected, number!.Value);
    }

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("0871-6123456")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParse_WhenNotAMainlandMobile_Fails(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out _));
    }

    [Fact]
    public void Mask_HidesTheMiddleFour()
    {
        Assert.Equal("138****8000", MobileNumber.Mask("13800138000"));
    }
}
