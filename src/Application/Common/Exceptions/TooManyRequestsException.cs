namespace ReliefPlatform.Application.Common.Exceptions;

/// <summary>A rate limit was reached (HTTP 429 with Retry-After).</summary>
public sealed class TooManyRequestsException : Exception
{
    public TooManyRequestsException()
        : this(TimeSpan.FromMinutes(1), "Too many requests.")
    {
    }

    public TooManyRequestsException(string message)
        : this(TimeSpan.FromMinutes(1), message)
    {
    }

    public TooManyRequestsException(string message, Exception innerException)
        : base(message, innerException) => RetryAfter = TimeSpan.FromMinutes(1);

    public TooManyRequestsException(TimeSpan retryAfter, string message)
        : base(message) => RetryAfter = retryAfter;

    public TimeSpan RetryAfter { get; }
}
