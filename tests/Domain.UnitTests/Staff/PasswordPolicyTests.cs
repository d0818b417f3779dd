using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Domain.UnitTests.Staff;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("lowercaseonly")]
    [InlineData("云南的山很高，路很远啊！")]
    [InlineData("twelve chars")]
    public void ProblemWith_WhenLongEnoughUncommonAndWithoutTheUsername_IsNone(string password)
    {
        Assert.Null(PasswordPolicy.ProblemWith(password, "sup-530102"));
    }

    [Theory]
    [InlineData("eleven char")]
    [InlineData("Demo#2026")]
    [InlineData("")]
    public void ProblemWith_WhenShorterThanTwelveCharacters_SaysSo(string password)
    {
        Assert.Contains("12", PasswordPolicy.ProblemWith(password, "sup-530102"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemWith_CountsCharactersNotUtf16Units()
    {
        var elevenEmoji = string.Concat(Enumerable.Repeat("🌄", 11));
        var twelveEmoji = string.Concat(Enumerable.Repeat("🌄", 12));

        Assert.NotNull(PasswordPolicy.ProblemWith(elevenEmoji, "admin"));
        Assert.Null(PasswordPolicy.ProblemWith(twelveEmoji, "admin"));
    }

    [Fact]
    public void ProblemWith_AllowsAtLeast128CharactersButNotMore()
    {
        Assert.Null(PasswordPolicy.ProblemWith(new string('x', 60) + new string('y', 68), "admin"));
        Assert.NotNull(PasswordPolicy.ProblemWith(new string('x', 60) + new string('y', 69), "admin"));
    }

    [Theory]
    [InlineData("sup-530102")]
    [InlineData("my sup-530102 pass")]
    [InlineData("SUP-530102-rocks!")]
    public void ProblemWith_WhenTheUsernameIsInIt_IgnoringCase_SaysSo(string password)
    {
        Assert.NotNull(PasswordPolicy.ProblemWith(password, "sup-530102"));
    }

    [Theory]
    [InlineData("woaini1314520")]
    [InlineData("WoAiNi1314520")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("password1234")]
    [InlineData("zhangwei123456")]
    [InlineData("111111111111")]
    [InlineData("admin@123456")]
    public void ProblemWith_WhenCommonlyUsed_IgnoringCase_SaysSo(string password)
    {
        Assert.True(PasswordPolicy.IsCommon(password));
        Assert.NotNull(PasswordPolicy.ProblemWith(password, "cw-civil-530102"));
    }
}
