using System.Text;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Common;

public class Base32Tests
{
    /// <summary>RFC 4648 §10, without the padding authenticator URIs leave out.</summary>
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    [InlineData("12345678901234567890", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]
    public void Encode_MatchesTheRfc4648Vectors_AndDecodeReversesIt(string text, string expected)
    {
        var encoded = Base32.Encode(Encoding.ASCII.GetBytes(text));

        Assert.Equal(expected, encoded);
        Assert.Equal(text, Encoding.ASCII.GetString(Base32.Decode(encoded)));
    }

    [Fact]
    public void Decode_IgnoresCaseSpacesAndPadding()
    {
        Assert.Equal("foobar"u8.ToArray(), Base32.Decode("mzxw 6ytb oi======"));
    }

    [Fact]
    public void Decode_WhenACharacterIsOutsideTheAlphabet_Throws()
    {
        Assert.Throws<FormatException>(() => Base32.Decode("MZXW1"));
    }
}
