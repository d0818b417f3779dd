using System.Text;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Domain.UnitTests.Staff;

public class TotpTests
{
    private static readonly byte[] Sha1Key = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Key = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Key = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    /// <summary>RFC 6238 Appendix B: every time, step and algorithm of the table, 8 digits.</summary>
    [Theory]
    [InlineData(59L, 0x1L, "94287082", "SHA1")]
    [InlineData(59L, 0x1L, "46119246", "SHA256")]
    [InlineData(59L, 0x1L, "90693936", "SHA512")]
    [InlineData(1111111109L, 0x23523ECL, "07081804", "SHA1")]
    [InlineData(1111111109L, 0x23523ECL, "68084774", "SHA256")]
    [InlineData(1111111109L, 0x23523ECL, "25091201", "SHA512")]
    [InlineData(1111111111L, 0x23523EDL, "14050471", "SHA1")]
    [InlineData(1111111111L, 0x23523EDL, "67062674", "SHA256")]
    [InlineData(1111111111L, 0x23523EDL, "99943326", "SHA512")]
    [InlineData(1234567890L, 0x273EF07L, "89005924", "SHA1")]
    [InlineData(1234567890L, 0x273EF07L, "91819424", "SHA256")]
    [InlineData(1234567890L, 0x273EF07L, "93441116", "SHA512")]
    [InlineData(2000000000L, 0x3F940AAL, "69279037", "SHA1")]
    [InlineData(2000000000L, 0x3F940AAL, "90698825", "SHA256")]
    [InlineData(2000000000L, 0x3F940AAL, "38618901", "SHA512")]
    [InlineData(20000000000L, 0x27BC86AAL, "65353130", "SHA1")]
    [InlineData(20000000000L, 0x27BC86AAL, "77737706", "SHA256")]
    [InlineData(20000000000L, 0x27BC86AAL, "47863826", "SHA512")]
    public void Code_ForTheRfc6238TestVectors_MatchesAppendixB(long unixSeconds, long expectedStep, string expectedCode, string algorithm)
    {
        var time = DateTime.UnixEpoch.AddSeconds(unixSeconds);
        var key = algorithm switch { "SHA1" => Sha1Key, "SHA256" => Sha256Key, _ => Sha512Key };

        var step = Totp.StepAt(time);
        var code = Totp.Code(key, step, digits: 8, algorithm);

        Assert.Equal(expectedStep, step);
        Assert.Equal(expectedCode, code);
    }

    /// <summary>RFC 4226 Appendix D: HOTP, 6 digits, counters 0 to 9.</summary>
    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void Code_WithSixDigits_MatchesTheRfc4226Vectors(long counter, string expected)
    {
        Assert.Equal(expected, Totp.Code(Sha1Key, counter));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Check_WhenTheCodeIsWithinOneStepOfNow_AcceptsItsStep(int offset)
    {
        var now = new DateTime(2026, 11, 22, 10, 0, 15, DateTimeKind.Utc);
        var step = Totp.StepAt(now) + offset;

        var check = Totp.Check(Sha1Key, Totp.Code(Sha1Key, step), now, lastUsedStep: null);

        Assert.Equal(step, check.AcceptedStep);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void Check_WhenTheCodeIsTwoStepsAway_RefusesIt(int offset)
    {
        var now = new DateTime(2026, 11, 22, 10, 0, 15, DateTimeKind.Utc);

        var check = Totp.Check(Sha1Key, Totp.Code(Sha1Key, Totp.StepAt(now) + offset), now, lastUsedStep: null);

        Assert.False(check.IsAccepted);
        Assert.False(check.IsReplay);
    }

    [Fact]
    public void Check_WhenTheStepWasUsedAlready_RefusesItAsAReplay()
    {
        var now = new DateTime(2026, 11, 22, 10, 0, 15, DateTimeKind.Utc);
        var step = Totp.StepAt(now);

        var again = Totp.Check(Sha1Key, Totp.Code(Sha1Key, step), now, lastUsedStep: step);
        var older = Totp.Check(Sha1Key, Totp.Code(Sha1Key, step - 1), now, lastUsedStep: step);
        var next = Totp.Check(Sha1Key, Totp.Code(Sha1Key, step + 1), now, lastUsedStep: step);

        Assert.True(again.IsReplay);
        Assert.True(older.IsReplay);
        Assert.Equal(step + 1, next.AcceptedStep);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("１２３４５６")]
    public void Check_WhenTheCodeIsNotSixAsciiDigits_RefusesIt(string? code)
    {
        Assert.False(Totp.Check(Sha1Key, code, DateTime.UtcNow, null).IsAccepted);
    }

    [Fact]
    public void NewSecret_Is160RandomBits()
    {
        var a = Totp.NewSecret();
        var b = Totp.NewSecret();

        Assert.Equal(20, a.Length);
        Assert.NotEqual(a, b);
    }
}
