namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>
/// A sign-in refused for a reason the person may be told (HTTP 401 with the message and a code): a
/// locked account, until <see cref="LockedUntil"/>. Wrong or unknown credentials stay a plain
/// <see cref="UnauthorizedAccessException"/>, which says nothing about which was wrong.
/// </summary>
public sealed class SignInRefusedException : Exception
{
    public SignInRefusedException()
        : this("sign-in-refused", "The sign-in was refused.")
    {
    }

    public SignInRefusedException(string message)
        : this("sign-in-refused", message)
    {
    }

    public SignInRefusedException(string message, Exception innerException)
        : base(message, innerException) => Code = "sign-in-refused";

    public SignInRefusedException(string code, string message, DateTimeOffset? lockedUntil = null)
        : base(message) => (Code, LockedUntil) = (code, lockedUntil);

    public string Code { get; }

    public DateTimeOffset? LockedUntil { get; }
}
