using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Documents;
using ReliefPlatform.Domain.Drafts;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Reports;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Domain.Statistics;

namespace ReliefPlatform.Application.Common.Interfaces;

/// <summary>
/// The persistence port. Handlers query and change aggregates through it directly (ADR 0006); only
/// <see cref="Messaging.IUnitOfWork"/> saves (ADR 0026).
/// </summary>
public interface IApplicationDbContext
{
    DbSet<ReliefApplication> Applications { get; }

    DbSet<ApplicationHistoryEntry> ApplicationHistory { get; }

    DbSet<SupervisionNote> SupervisionNotes { get; }

    DbSet<StageRecord> StageRecords { get; }

    DbSet<HomeVisit> HomeVisits { get; }

    DbSet<PublicNotice> PublicNotices { get; }

    DbSet<NoticeObjection> NoticeObjections { get; }

    DbSet<HelpRequest> HelpRequests { get; }
    DbSet<Appeal> Appeals { get; }

    DbSet<Department> Departments { get; }

    DbSet<ServiceItem> ServiceItems { get; }

    DbSet<CalendarDay> CalendarDays { get; }

    DbSet<CalendarRevision> CalendarRevisions { get; }

    DbSet<ResidentAccount> Residents { get; }

    DbSet<OneTimeCode> OneTimeCodes { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<UserSession> Sessions { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<DeadlineEvent> DeadlineEvents { get; }

    DbSet<UrgentAidAlert> UrgentAidAlerts { get; }

    DbSet<StaffNotification> StaffNotifications { get; }

    DbSet<StaffNotificationRead> StaffNotificationReads { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<DailyStatistic> DailyStatistics { get; }

    DbSet<MonthlyStatistic> MonthlyStatistics { get; }

    DbSet<ReportExport> ReportExports { get; }

    DbSet<AuditRecord> AuditRecords { get; }

    DbSet<Household> Households { get; }

    DbSet<HouseholdLevelChange> HouseholdLevelChanges { get; }

    DbSet<MonitoringThresholds> MonitoringThresholds { get; }

    DbSet<Lead> Leads { get; }

    DbSet<RatingFollowUp> RatingFollowUps { get; }
    DbSet<ApplicationDraft> Drafts { get; }

    DbSet<Attachment> Attachments { get; }

    DbSet<ApplicationRating> Ratings { get; }

    DbSet<DecisionDocument> DecisionDocuments { get; }

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
