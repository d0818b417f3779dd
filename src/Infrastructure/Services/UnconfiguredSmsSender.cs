using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>Used when no SMS delivery is configured: sign-in by code is unavailable rather than silently broken.</summary>
internal sealed class UnconfiguredSmsSender : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) =>
        throw new SmsUnavailableException();
}

public sealed class SmsUnavailableException : Exception
{
    public SmsUnavailableException()
        : base("SMS delivery is not configured (Sms:Delivery).")
    {
    }

    public SmsUnavailableException(string message)
        : base(message)
    {
    }

    public SmsUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
