using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Domain.Deadlines;

/// <summary>
/// One chasing effect of the urgent track on one application (ADR 0039): at most one per application,
/// kind and threshold (a unique key), as <see cref="DeadlineEvent"/> is for the ordinary due date.
/// </summary>
public sealed class UrgentAidAlert
{
    private UrgentAidAlert()
    {
        DepartmentCode = CountyCode = string.Empty;
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public UrgentAlertKind Kind { get; private set; }

    /// <summary>The help reminder's hours-left threshold; 0 for the other kinds.</summary>
    public int HoursLeft { get; private set; }

    public string DepartmentCode { get; private set; }

    public string CountyCode { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public static UrgentAidAlert Raise(Guid applicationId, UrgentAlert alert, string departmentCode, string countyCode, DateTime occurredAt) => new()
    {
        ApplicationId = applicationId,
        Kind = alert.Kind,
        HoursLeft = alert.HoursLeft,
        DepartmentCode = departmentCode,
        CountyCode = countyCode,
        OccurredAt = occurredAt,
    };
}
