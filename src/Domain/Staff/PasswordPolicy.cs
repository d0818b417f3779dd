using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Staff;

/// <summary>
/// Which passwords staff may choose (OWASP ASVS 5.0 V6.2, NIST SP 800-63B §3.1.1.2): at least
/// <see cref="MinLength"/> characters, at most <see cref="MaxLength"/>, any characters at all, not the
/// username or anything containing it, and not one of the commonly used passwords. No composition rules
/// (a digit, a capital, a symbol) and no periodic expiry: both push people to predictable patterns.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    /// <summary>Why <paramref name="password"/> may not be used by <paramref name="username"/>, in the caller's language; null when it may.</summary>
    public static string? ProblemWith(string password, string username)
    {
        // Characters as people count them: a Chinese character or an emoji is one, not two UTF-16 units.
        var length = password.EnumerateRunes().Count();
        if (length < MinLength)
        {
            return Text.Pick($"密码至少需要{MinLength}个字符。", $"The password must be at least {MinLength} characters long.");
        }

        if (length > MaxLength)
        {
            return Text.Pick($"密码不能超过{MaxLength}个字符。", $"The password must be at most {MaxLength} characters long.");
        }

        if (username.Length > 0 && password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            return Text.Pick("密码不能包含用户名。", "The password must not contain the username.");
        }

        return IsCommon(password)
            ? Text.Pick("这个密码太常见，很容易被猜到，请换一个。", "This password is too common and easily guessed; choose another.")
            : null;
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    internal static void Ensure(string password, string username)
    {
        if (ProblemWith(password, username) is { } problem)
        {
            throw new WeakPasswordException(problem);
        }
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("ReliefPlatform.Domain.Staff.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the Domain assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        return words;
    }
}

/// <summary>A new password breaks the <see cref="PasswordPolicy"/>; the message says which rule, in the caller's language.</summary>
public sealed class WeakPasswordException(string message) : DomainException("weak-password", message);
