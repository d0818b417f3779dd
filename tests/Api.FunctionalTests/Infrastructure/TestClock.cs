namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The service's clock in tests: real time until a test sets or advances it.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _fixed;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _fixed ?? System.GetUtcNow();
        }
    }

    public void Set(DateTimeOffset now)
    {
        lock (_gate)
        {
            _fixed = now;
        }
    }

    /// <summary>Sets the clock to <paramref name="hour"/>:00 China time on <paramref name="date"/>.</summary>
    public void SetChinaTime(DateOnly date, int hour = 9) =>
        Set(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)));

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _fixed = (_fixed ?? System.GetUtcNow()) + by;
        }
    }
}
