namespace ReliefPlatform.Domain.Common;

/// <summary>A business rule refused the operation in the current state (HTTP 409).</summary>
public class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message) => Code = code;

    public DomainException()
        : this("domain", "The operation is not allowed.")
    {
    }

    public DomainException(string message)
        : this("domain", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException) => Code = "domain";

    /// <summary>A stable machine-readable code, e.g. <c>invalid-transition</c>.</summary>
    public string Code { get; }
}
