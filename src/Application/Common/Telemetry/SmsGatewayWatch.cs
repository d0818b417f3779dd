namespace ReliefPlatform.Application.Common.Telemetry;

/// <summary>
/// Since when the SMS gateway has been failing on this node, as the delivery job sees it: the first
/// failed attempt after the last success. The readiness check reports it once it lasts too long.
/// </summary>
public sealed class SmsGatewayWatch
{
    private readonly Lock _gate = new();
    private DateTime? _failingSince;

    public DateTime? FailingSince
    {
        get
        {
            lock (_gate)
            {
                return _failingSince;
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _failingSince = null;
        }
    }

    public void Failed(DateTime nowUtc)
    {
        lock (_gate)
        {
            _failingSince ??= nowUtc;
        }
    }
}
