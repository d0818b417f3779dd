namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>The caller's role may not use this operation at all; answered as 404, like anything outside the caller's scope (ADR 0016).</summary>
public sealed class ForbiddenAccessException : Exception
{
    public ForbiddenAccessException()
        : base("This operation is not available to your role.")
    {
    }

    public ForbiddenAccessException(string message)
        : base(message)
    {
    }

    public ForbiddenAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
