using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ReliefPlatform.Application.Common.Idempotency;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Reports;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Domain.Statistics;
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
/// </remarks>
public sealed class ReliefDbContext(DbContextOptions<ReliefDbContext> options) : DbContext(options), IApplicationDbContext
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

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<DeadlineEvent> DeadlineEvents => Set<DeadlineEvent>();

    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();

    public DbSet<StaffNotificationRead> StaffNotificationReads => Set<StaffNotificationRead>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DailyStatistic> DailyStatistics => Set<DailyStatistic>();

    public DbSet<MonthlyStatistic> MonthlyStatistics => Set<MonthlyStatistic>();

    public DbSet<ReportExport> ReportExports => Set<ReportExport>();

    public DbSet<DevSmsMessage> DevSmsMessages => Set<DevSmsMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());

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
