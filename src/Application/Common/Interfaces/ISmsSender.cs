namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>Sends a text message to a mainland mobile number (an SMS gateway, or the development outbox).</summary>
public interface ISmsSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. Its <see cref="SmsMessage.Id"/> travels to the gateway as the
    /// client reference, so a gateway that de-duplicates on it never delivers a retried message twice.
    /// </summary>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

public sealed record SmsMessage(Guid Id, string Phone, string Text);
