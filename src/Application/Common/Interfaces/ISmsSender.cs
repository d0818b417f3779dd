namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>Sends a text message to a mainland mobile number (an SMS gateway, or the development outbox).</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}
