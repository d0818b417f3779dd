using System.Text;
using ReliefPlatform.Application.Attachments;

namespace ReliefPlatform.Application.UnitTests.Attachments;

public class FileSignaturesTests
{
    [Theory]
    [InlineData("FFD8FFE000104A464946", FileSignatures.Jpeg)]
    [InlineData("89504E470D0A1A0A0000", FileSignatures.Png)]
    [InlineData("524946462400000057454250565038", FileSignatures.WebP)]
    [InlineData("255044462D312E370A", FileSignatures.Pdf)]
    public void Detect_WhenTheFirstBytesAreAKnownKind_NamesIt(string hex, string expected)
    {
        Assert.Equal(expected, FileSignatures.Detect(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("MZ\u0090\0 a Windows program")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg'/>")]
    [InlineData("RIFF0000WAVEfmt ")]
    [InlineData("GIF89a")]
    [InlineData("")]
    public void Detect_WhenTheContentIsAnythingElse_ReturnsNull(string content)
    {
        Assert.Null(FileSignatures.Detect(Encoding.Latin1.GetBytes(content)));
    }
}
