using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.Notifications;

/// <summary>
/// An in-app notice to an audience of staff (a role in a region, and for caseworkers a department),
/// summarising what one deadline sweep raised for them: a caseworker with two hundred cases gets one
/// line "12 applications are due within 2 working days", not twelve.
/// </summary>
public sealed class StaffNotification
{
    private StaffNotification()
    {
        AudienceRegionCode = string.Empty;
    }

    public long Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Role AudienceRole { get; private set; }

    public string? AudienceDepartmentCode { get; private set; }

    public string AudienceRegionCode { get; private set; }

    /// <summary>How many applications the notice is about.</summary>
    public int Count { get; private set; }

    /// <summary>The sweep's time; the deadline events behind the notice carry the same instant.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>The 督办 note a <see cref="NotificationKind.SupervisionNote"/> notice is about.</summary>
    public Guid? SupervisionNoteId { get; private set; }

    /// <summary>The one application a notice about a resident's step is about.</summary>
    public Guid? ApplicationId { get; private set; }

    /// <summary>The one member of staff the notice is for (the case's holder); null for everyone in the audience.</summary>
    public Guid? AudienceStaffId { get; private set; }

    /// <summary>The one help request (ADR 0044) a <see cref="NotificationKind.HelpRequestSent"/> notice is about.</summary>
    public Guid? HelpRequestId { get; private set; }

    /// <summary>Tells the department's caseworkers in the county of one supervision note.</summary>
    public static StaffNotification OfSupervisionNote(Guid supervisionNoteId, DepartmentCode departmentCode, RegionCode countyCode, DateTime createdAt) => new()
    {
        Kind = NotificationKind.SupervisionNote,
        AudienceRole = Role.Caseworker,
        AudienceDepartmentCode = departmentCode.Value,
        AudienceRegionCode = countyCode.Value,
        Count = 1,
        CreatedAt = createdAt,
        SupervisionNoteId = supervisionNoteId,
    };

    /// <summary>
    /// Tells the caseworker who holds an application, or, when nobody holds it, the department's
    /// caseworkers of the office holding its stage (the county, or a township), what the resident did.
    /// </summary>
    public static StaffNotification OfResidentNews(
        ResidentNews news, Guid applicationId, DepartmentCode departmentCode, RegionCode officeRegionCode, Guid? holderId, DateTime createdAt) => new()
        {
            Kind = news switch
            {
                ResidentNews.Supplemented => NotificationKind.Supplemented,
                ResidentNews.Withdrawn => NotificationKind.Withdrawn,
                ResidentNews.Appealed => NotificationKind.Appealed,
                ResidentNews.AppealWithdrawn => NotificationKind.AppealWithdrawn,
                _ => NotificationKind.PoorRating,
            },
            AudienceRole = Role.Caseworker,
            AudienceDepartmentCode = departmentCode.Value,
            AudienceRegionCode = officeRegionCode.Value,
            AudienceStaffId = holderId,
            Count = 1,
            CreatedAt = createdAt,
            ApplicationId = applicationId,
        };

    /// <summary>Tells the department's caseworkers of the office holding a public notice (the township) that someone objected to it.</summary>
    public static StaffNotification OfObjection(Guid applicationId, DepartmentCode departmentCode, RegionCode officeRegionCode, DateTime createdAt) => new()
    {
        Kind = NotificationKind.NoticeObjection,
        AudienceRole = Role.Caseworker,
        AudienceDepartmentCode = departmentCode.Value,
        AudienceRegionCode = officeRegionCode.Value,
        Count = 1,
        CreatedAt = createdAt,
        ApplicationId = applicationId,
    };

    /// <summary>Tells a county's officials (caseworkers of every department) or supervisors of leads due soon or overdue.</summary>
    public static StaffNotification OfLeads(NotificationKind kind, Role role, RegionCode countyCode, int count, DateTime createdAt) => new()
    {
        Kind = kind,
        AudienceRole = role,
        AudienceRegionCode = countyCode.Value,
        Count = count,
        CreatedAt = createdAt,
    };

    /// <summary>Tells a department's caseworkers in a county (or, without a department, the county's supervisors) of poor ratings to follow up.</summary>
    public static StaffNotification OfFollowUps(NotificationKind kind, Role role, DepartmentCode? departmentCode, RegionCode countyCode, int count, DateTime createdAt) => new()
    {
        Kind = kind,
        AudienceRole = role,
        AudienceDepartmentCode = departmentCode?.Value,
        AudienceRegionCode = countyCode.Value,
        Count = count,
        CreatedAt = createdAt,
    };

    /// <summary>Tells an audience of one urgent application's help or paperwork clock (ADR 0039).</summary>
    public static StaffNotification OfUrgentAid(NotificationKind kind, Role role, DepartmentCode? departmentCode, RegionCode regionCode, Guid applicationId, DateTime createdAt) => new()
    {
        Kind = kind,
        AudienceRole = role,
        AudienceDepartmentCode = departmentCode?.Value,
        AudienceRegionCode = regionCode.Value,
        Count = 1,
        CreatedAt = createdAt,
        ApplicationId = applicationId,
    };

    /// <summary>Tells the caseworkers of the department a help request was routed to, in its county, that the resident may come to apply.</summary>
    public static StaffNotification OfRoutedHelpRequest(HelpRequest request, DateTime createdAt) => new()
    {
        Kind = NotificationKind.HelpRequestSent,
        AudienceRole = Role.Caseworker,
        AudienceDepartmentCode = request.DepartmentCode ?? throw new InvalidOperationException("The help request was not routed."),
        AudienceRegionCode = request.CountyCode,
        Count = 1,
        CreatedAt = createdAt,
        HelpRequestId = request.Id,
    };

    public static DeadlineStage StageOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Reminder => DeadlineStage.Reminder,
        NotificationKind.Supervision => DeadlineStage.Overdue,
        NotificationKind.StageReminder => DeadlineStage.StageReminder,
        NotificationKind.StageOverdue => DeadlineStage.StageOverdue,
        NotificationKind.HelpRequestDue => DeadlineStage.HelpRequestDue,
        NotificationKind.HelpRequestLate => DeadlineStage.HelpRequestLate,
        _ => DeadlineStage.Escalated,
    };
}
