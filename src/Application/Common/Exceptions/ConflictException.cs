namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>A duplicate, or someone else changed the record first (HTTP 409).</summary>
public sealed class ConflictException : Exception
{
    public ConflictException()
        : this("conflict", "The request conflicts with the current state.")
    {
    }

    public ConflictException(string message)
        : this("conflict", message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException) => Code = "conflict";

    public ConflictException(string code, string message)
        : base(message) => Code = code;

    public ConflictException(string code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    public string Code { get; }
}
