using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Drafts;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Reports;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Domain.Statistics;
using ReliefPlatform.Infrastructure.Persistence.Audit;
using ReliefPlatform.Infrastructure.Persistence.Configurations;
using ReliefPlatform.Infrastructure.Security;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Infrastructure.Persistence;

/// <summary>
/// The one database of the service, on SQLite (embedded default) or PostgreSQL.
/// </summary>
/// <remarks>
/// Migrations are hand-written (ADR 0004): <c>dotnet ef</c> cannot run here because the design-time
/// package does not restore. Add a migration class under <c>Migrations/</c>, update
/// <c>ReliefDbContextModelSnapshot</c> to match the model, and run the schema tests, which compare
/// the migrated database with the model on both providers.
/// <para>
/// Saving seals the audit trail: every new application history entry gets its audit record, and all
/// new audit records join the hash chain in the same transaction as the change they describe.
/// </para>
/// </remarks>
public sealed class ReliefDbContext(
    DbContextOptions<ReliefDbContext> options, AuditChain? auditChain = null, ICurrentUser? currentUser = null, PersonalDataProtector? personalData = null)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<ReliefApplication> Applications => Set<ReliefApplication>();

    public DbSet<ApplicationHistoryEntry> ApplicationHistory => Set<ApplicationHistoryEntry>();

    public DbSet<SupervisionNote> SupervisionNotes => Set<SupervisionNote>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarRevision> CalendarRevisions => Set<CalendarRevision>();

    public DbSet<ResidentAccount> Residents => Set<ResidentAccount>();

    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<DeadlineEvent> DeadlineEvents => Set<DeadlineEvent>();

    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();

    public DbSet<StaffNotificationRead> StaffNotificationReads => Set<StaffNotificationRead>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DailyStatistic> DailyStatistics => Set<DailyStatistic>();

    public DbSet<MonthlyStatistic> MonthlyStatistics => Set<MonthlyStatistic>();

    public DbSet<ReportExport> ReportExports => Set<ReportExport>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<HouseholdLevelChange> HouseholdLevelChanges => Set<HouseholdLevelChange>();

    public DbSet<MonitoringThresholds> MonitoringThresholds => Set<MonitoringThresholds>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<RatingFollowUp> RatingFollowUps => Set<RatingFollowUp>();

    public DbSet<DevSmsMessage> DevSmsMessages => Set<DevSmsMessage>();

    public DbSet<ApplicationDraft> Drafts => Set<ApplicationDraft>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ApplicationRating> Ratings => Set<ApplicationRating>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<AuditRecord>().Any(e => e.State == EntityState.Added) || ChangeTracker.Entries<ApplicationHistoryEntry>().Any(e => e.State == EntityState.Added)
            ? throw new NotSupportedException("Audited changes are saved with SaveChangesAsync.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditApplicationHistory();
        var pending = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var chain = auditChain ?? throw new InvalidOperationException("This context was created without the audit chain and cannot save audit records.");
        if (Database.CurrentTransaction is not null)
        {
            await chain.SealAsync(this, pending, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await chain.SealAsync(this, pending, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private void AuditApplicationHistory()
    {
        foreach (var entry in ChangeTracker.Entries<ApplicationHistoryEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            var step = entry.Entity;
            AuditRecords.Add(new AuditRecord(
                step.At, step.ActorId, step.ActorRole.ToString(), "application." + AuditActions.Kebab(step.Action.ToString()),
                AuditObjects.Application, step.ApplicationId.ToString(), AuditOutcome.Success, currentUser?.ClientAddress,
                step.FromStatus is { } from ? $"{from} -> {step.ToStatus}" : step.ToStatus.ToString()));
        }
    }

    /// <summary>Which key ring the model's encrypting converters use: the model is cached per ring.</summary>
    internal string PersonalDataFingerprint => personalData?.Fingerprint ?? "none";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
        if (personalData is not null)
        {
            PersonalDataColumns.Apply(modelBuilder, personalData);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite hands them back unspecified, so say so on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
