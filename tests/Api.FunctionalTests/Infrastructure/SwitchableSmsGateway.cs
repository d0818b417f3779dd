using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The SMS gateway as tests see it: the real development outbox behind a switch that can take it down.</summary>
public sealed class SwitchableSmsGateway
{
    private int _calls;

    public bool Down { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    internal void Called() => Interlocked.Increment(ref _calls);
}

internal sealed class SwitchableSmsSender(DevSmsOutbox outbox, SwitchableSmsGateway gateway) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        gateway.Called();
        return gateway.Down
            ? throw new SmsUnavailableException("The SMS gateway did not answer (test).")
            : outbox.SendAsync(message, cancellationToken);
    }
}
