namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>Not there, or not the caller's to see (HTTP 404: never a hint that it exists).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("The resource was not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
