using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ReliefPlatform.Application.Common.Telemetry;

/// <summary>
/// The service's own spans and measurements (ADR 0036). Names follow OpenTelemetry's semantic
/// conventions where one exists; the rest are under <c>relief.</c>. Nothing here ever carries personal
/// data: spans are named after request types and jobs, tags are codes, outcomes and counts.
/// </summary>
public sealed class ReliefTelemetry
{
    public const string Name = "ReliefPlatform";

    /// <summary>Spans of the MediatR pipeline and of job runs. Static, as every ActivitySource is: listeners choose by name.</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _signInFailures;
    private readonly Counter<long> _lockouts;
    private readonly Counter<long> _jobRuns;
    private readonly Histogram<double> _jobDuration;
    private readonly Counter<long> _smsDeliveries;

    public ReliefTelemetry(IMeterFactory meters)
    {
        // From the host's factory, not a static Meter: each host in a process (the tests run many) has its own.
        Meter = meters.Create(Name);
        _signInFailures = Meter.CreateCounter<long>("relief.sign_in.failures", "{attempt}", "Sign-in attempts refused for a wrong password or code, by kind.");
        _lockouts = Meter.CreateCounter<long>("relief.sign_in.lockouts", "{lockout}", "Staff accounts locked after too many wrong passwords or codes in a row.");
        _jobRuns = Meter.CreateCounter<long>("relief.job.runs", "{run}", "Scheduled job runs finished on this node, by job and outcome.");
        _jobDuration = Meter.CreateHistogram<double>(
            "relief.job.duration", "s", "How long job runs took, by job and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600] });
        _smsDeliveries = Meter.CreateCounter<long>(
            "relief.sms.deliveries", "{message}", "Outbox messages handed to the SMS gateway: sent, retry (an attempt failed, tried again later), failed (given up).");
    }

    public Meter Meter { get; }

    /// <summary><paramref name="kind"/>: <c>staff</c> (password or TOTP code, unknown usernames included) or <c>resident</c> (SMS code).</summary>
    public void SignInFailed(string kind) => _signInFailures.Add(1, new KeyValuePair<string, object?>("relief.sign_in.kind", kind));

    public void LockedOut() => _lockouts.Add(1);

    public void JobRan(string job, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "relief.job.name", job }, { "relief.job.outcome", succeeded ? "succeeded" : "failed" } };
        _jobRuns.Add(1, tags);
        _jobDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary><paramref name="outcome"/>: <c>sent</c>, <c>retry</c> or <c>failed</c>.</summary>
    public void SmsDelivered(string outcome) => _smsDeliveries.Add(1, new KeyValuePair<string, object?>("relief.sms.outcome", outcome));
}
