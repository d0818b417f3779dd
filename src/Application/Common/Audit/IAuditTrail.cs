using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Common.Audit;

/// <summary>
/// Writes the audit trail. Changes to applications are audited from their history entries when they
/// are saved; handlers record the other events (sign-ins, account changes, reveals, exports) here.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Adds a record to the current unit of work: it is written with the business change, in the same
    /// transaction, or not at all.
    /// </summary>
    void Record(AuditEntry entry);

    /// <summary>
    /// Writes a record at once in a transaction of its own, for an event whose business change is
    /// about to be refused and rolled back (a wrong password, a wrong code).
    /// </summary>
    Task RecordNowAsync(AuditEntry entry, CancellationToken cancellationToken);
}

/// <summary>
/// What to record. The actor defaults to the signed-in caller; give <see cref="ActorId"/> and
/// <see cref="ActorRole"/> when the caller is not signed in yet. Never put personal data in
/// <see cref="Detail"/>.
/// </summary>
public sealed record AuditEntry(
    string Action,
    string? ObjectType = null,
    string? ObjectId = null,
    AuditOutcome Outcome = AuditOutcome.Success,
    string? Detail = null)
{
    public Guid? ActorId { get; init; }

    public Role? ActorRole { get; init; }
}

/// <summary>The object types the trail names.</summary>
public static class AuditObjects
{
    public const string Application = nameof(Application);
    public const string StaffUser = nameof(StaffUser);
    public const string Resident = nameof(Resident);
    public const string ReportExport = nameof(ReportExport);
    public const string CalendarYear = nameof(CalendarYear);
    public const string Job = nameof(Job);
    public const string Household = nameof(Household);
    public const string Lead = nameof(Lead);
    public const string MonitoringThresholds = nameof(MonitoringThresholds);
}

public static class AuditActions
{
    /// <summary><c>InfoRequested</c> → <c>info-requested</c>.</summary>
    public static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
