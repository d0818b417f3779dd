using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ReliefPlatform.Infrastructure.Persistence.Migrations;

/// <summary>
/// The model as of the latest migration, written by hand (ADR 0004). EF compares it with the live
/// model at <c>Migrate()</c>; the snapshot test prints any difference. No column types are given, so
/// it holds for both providers.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
public sealed class ReliefDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("ReliefPlatform.Domain.Catalog.Department", b =>
        {
            b.Property<string>("Code").HasMaxLength(16);
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("NameEn").IsRequired().HasMaxLength(200);
            b.Property<int>("SortOrder");
            b.HasKey("Code");
            b.ToTable("Departments");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Catalog.ServiceItem", b =>
        {
            b.Property<string>("Code").HasMaxLength(48);
            b.Property<string>("DepartmentCode").IsRequired().HasMaxLength(16);
            b.Property<string>("Name").IsRequired().HasMaxLength(100);
            b.Property<string>("NameEn").IsRequired().HasMaxLength(200);
            b.Property<string>("Need").IsRequired().HasMaxLength(16);
            b.Property<int>("TimeLimitWorkingDays");
            b.Property<int>("MaxExtensionWorkingDays");
            b.Property<string>("Description").IsRequired().HasMaxLength(2000);
            b.Property<string>("DescriptionEn").IsRequired().HasMaxLength(4000);
            b.Property<string>("WhoCanApply").IsRequired().HasMaxLength(2000);
            b.Property<string>("WhoCanApplyEn").IsRequired().HasMaxLength(4000);
            b.Property<int>("SortOrder");
            b.Property<string>("Keywords").IsRequired();
            b.Property<string>("Fields").IsRequired();
            b.Property<string>("Documents").IsRequired();
            b.HasKey("Code");
            b.HasIndex("DepartmentCode");
            b.ToTable("ServiceItems");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Calendar.CalendarDay", b =>
        {
            b.Property<DateOnly>("Date");
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.HasKey("Date");
            b.ToTable("CalendarDays");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Calendar.CalendarRevision", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<int>("Year");
            b.Property<Guid>("ChangedBy");
            b.Property<DateTime>("ChangedAt");
            b.Property<string>("Holidays").IsRequired().HasMaxLength(2000);
            b.Property<string>("Workdays").IsRequired().HasMaxLength(1000);
            b.Property<int>("Rescheduled");
            b.HasKey("Id");
            b.HasIndex("Year", "Id");
            b.ToTable("CalendarRevisions");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Messaging.OutboxMessage", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Recipient").IsRequired();
            b.Property<string>("Text").IsRequired();
            b.Property<Guid?>("ApplicationId");
            b.Property<string>("DedupKey").IsRequired().HasMaxLength(100);
            b.Property<DateTime>("CreatedAt");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<int>("Attempts");
            b.Property<DateTime>("NextAttemptAt");
            b.Property<DateTime?>("LockedUntil");
            b.Property<DateTime?>("SentAt");
            b.Property<string>("LastError").HasMaxLength(500);
            b.HasKey("Id");
            b.HasIndex("DedupKey").IsUnique();
            b.HasIndex("Status", "NextAttemptAt");
            b.ToTable("OutboxMessages");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Statistics.DailyStatistic", b =>
        {
            b.Property<DateOnly>("Day");
            b.Property<string>("DepartmentCode").HasMaxLength(16);
            b.Property<string>("ItemCode").HasMaxLength(48);
            b.Property<string>("CountyCode").HasMaxLength(6);
            b.Property<int>("Received");
            b.Property<int>("Accepted");
            b.Property<int>("Completed");
            b.Property<int>("CompletedOnTime");
            b.Property<int>("CompletedOnTimeExtended");
            b.Property<int>("WorkingDaysTaken").ValueGeneratedOnAdd().HasDefaultValue(0);
            b.Property<int>("Open");
            b.Property<int>("Overdue");
            b.Property<DateTime>("TakenAt");
            b.HasKey("Day", "DepartmentCode", "ItemCode", "CountyCode");
            b.HasIndex("CountyCode", "Day");
            b.ToTable("DailyStatistics");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Reports.ReportExport", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Report").IsRequired().HasMaxLength(32);
            b.Property<string>("Format").IsRequired().HasMaxLength(8);
            b.Property<string>("Parameters").IsRequired().HasMaxLength(200);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<Guid>("RequestedBy");
            b.Property<DateTime>("RequestedAt");
            b.Property<DateTime?>("AsOf");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<long>("TotalRows");
            b.Property<long>("RowsWritten");
            b.Property<string>("FileName").HasMaxLength(100);
            b.Property<long?>("FileSize");
            b.Property<string>("FileSha256").HasMaxLength(64);
            b.Property<string>("ContentSha256").HasMaxLength(64);
            b.Property<DateTime?>("CompletedAt");
            b.Property<string>("Error").HasMaxLength(500);
            b.Property<int>("Attempts");
            b.Property<DateTime?>("LockedUntil");
            b.HasKey("Id");
            b.HasIndex("RegionCode", "Parameters", "AsOf");
            b.HasIndex("Status", "RequestedAt");
            b.ToTable("ReportExports");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Audit.AuditRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<long>("Sequence");
            b.Property<DateTime>("OccurredAt");
            b.Property<Guid?>("ActorId");
            b.Property<string>("ActorRole").IsRequired().HasMaxLength(20);
            b.Property<string>("Action").IsRequired().HasMaxLength(64);
            b.Property<string>("ObjectType").HasMaxLength(32);
            b.Property<string>("ObjectId").HasMaxLength(64);
            b.Property<string>("Outcome").IsRequired().HasMaxLength(16);
            b.Property<string>("ClientAddress").HasMaxLength(64);
            b.Property<string>("Detail").HasMaxLength(500);
            b.Property<string>("PreviousHash").IsRequired().HasMaxLength(64);
            b.Property<string>("Hash").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("Sequence").IsUnique();
            b.HasIndex("ObjectType", "ObjectId");
            b.HasIndex("OccurredAt");
            b.ToTable("AuditRecords");
        });

        modelBuilder.Entity("ReliefPlatform.Infrastructure.Persistence.Audit.AuditChainHead", b =>
        {
            b.Property<int>("Id");
            b.Property<long>("Sequence");
            b.Property<string>("Hash").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.ToTable("AuditChainHead");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Statistics.MonthlyStatistic", b =>
        {
            b.Property<DateOnly>("Month");
            b.Property<string>("DepartmentCode").HasMaxLength(16);
            b.Property<string>("ItemCode").HasMaxLength(48);
            b.Property<string>("CountyCode").HasMaxLength(6);
            b.Property<int>("Received");
            b.Property<int>("Accepted");
            b.Property<int>("Completed");
            b.Property<int>("CompletedOnTime");
            b.Property<int>("CompletedOnTimeExtended");
            b.Property<int>("WorkingDaysTaken");
            b.Property<DateOnly>("Through");
            b.HasKey("Month", "DepartmentCode", "ItemCode", "CountyCode");
            b.ToTable("MonthlyStatistics");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Residents.ResidentAccount", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Phone").IsRequired();
            b.Property<string>("PhoneIndex").HasMaxLength(64);
            b.Property<DateTime>("CreatedAt");
            b.HasKey("Id");
            b.HasIndex("PhoneIndex").IsUnique();
            b.ToTable("Residents");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Residents.OneTimeCode", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("PhoneIndex").IsRequired().HasMaxLength(64);
            b.Property<int>("Sequence").ValueGeneratedOnAdd().HasDefaultValue(0);
            b.Property<string>("CodeHash").IsRequired().HasMaxLength(128);
            b.Property<DateTime>("CreatedAt");
            b.Property<DateTime>("ExpiresAt");
            b.Property<int>("FailedAttempts");
            b.Property<DateTime?>("ConsumedAt");
            b.HasKey("Id");
            b.HasIndex("PhoneIndex", "Sequence").IsUnique();
            b.ToTable("OneTimeCodes");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Staff.StaffUser", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Username").IsRequired().HasMaxLength(64);
            b.Property<string>("DisplayName").IsRequired().HasMaxLength(50);
            b.Property<string>("PasswordHash").IsRequired().HasMaxLength(256);
            b.Property<string>("Role").IsRequired().HasMaxLength(16);
            b.Property<string>("DepartmentCode").HasMaxLength(16);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<bool>("IsDisabled");
            b.Property<Guid>("Version").IsConcurrencyToken().ValueGeneratedOnAdd().HasDefaultValue(Guid.Empty);
            b.Property<int>("FailedSignInCount").ValueGeneratedOnAdd().HasDefaultValue(0);
            b.Property<DateTime?>("LockedUntil");
            b.Property<bool>("MustChangePassword").ValueGeneratedOnAdd().HasDefaultValue(false);
            b.Property<DateTime?>("PasswordChangedAt");
            b.Property<string>("TotpSecret").HasMaxLength(128);
            b.Property<string>("TotpPendingSecret").HasMaxLength(128);
            b.Property<DateTime?>("TotpEnabledAt");
            b.Property<long?>("TotpLastUsedStep");
            b.HasKey("Id");
            b.HasIndex("Username").IsUnique();
            b.ToTable("StaffUsers");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Sessions.UserSession", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("SubjectId");
            b.Property<string>("Role").IsRequired().HasMaxLength(16);
            b.Property<string>("Restriction").IsRequired().HasMaxLength(24);
            b.Property<DateTime>("CreatedAt");
            b.Property<DateTime>("LastSeenAt");
            b.Property<DateTime>("ExpiresAt");
            b.Property<int>("IdleMinutes");
            b.Property<DateTime?>("RevokedAt");
            b.Property<string>("RevokedBecause").HasMaxLength(24);
            b.HasKey("Id");
            b.HasIndex("SubjectId");
            b.ToTable("Sessions");
        });

        modelBuilder.Entity("ReliefPlatform.Application.Common.Idempotency.IdempotencyRecord", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Scope").IsRequired().HasMaxLength(64);
            b.Property<string>("Key").IsRequired().HasMaxLength(100);
            b.Property<string>("RequestHash").IsRequired().HasMaxLength(64);
            b.Property<string>("ResponseJson").IsRequired();
            b.Property<DateTime>("CreatedAt");
            b.HasKey("Id");
            b.HasIndex("Scope", "Key").IsUnique();
            b.ToTable("IdempotencyRecords");
        });

        modelBuilder.Entity("ReliefPlatform.Infrastructure.Services.DevSmsMessage", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Phone").IsRequired();
            b.Property<string>("PhoneIndex").HasMaxLength(64);
            b.Property<string>("Text").IsRequired();
            b.Property<DateTime>("SentAt");
            b.HasKey("Id");
            b.HasIndex("PhoneIndex", "SentAt");
            b.ToTable("DevSmsMessages");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.ReliefApplication", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("TrackingNumber").IsRequired().HasMaxLength(20);
            b.Property<string>("ItemCode").IsRequired().HasMaxLength(48);
            b.Property<string>("DepartmentCode").IsRequired().HasMaxLength(16);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<string>("CountyCode").IsRequired().HasMaxLength(6);
            b.Property<string>("ApplicantName").IsRequired().HasMaxLength(50);
            b.Property<string>("ApplicantIdNumber").IsRequired();
            b.Property<string>("ApplicantPhone").IsRequired();
            b.Property<string>("ApplicantIdIndex").HasMaxLength(64);
            b.Property<string>("AnswersJson").IsRequired();
            b.Property<string>("Description").IsRequired();
            b.Property<string>("Channel").IsRequired().HasMaxLength(24);
            b.Property<Guid?>("ResidentId");
            b.Property<Guid?>("FiledByStaffId");
            b.Property<string>("Status").IsRequired().HasMaxLength(24);
            b.Property<DateTime>("SubmittedAt");
            b.Property<DateTime?>("AcceptedAt");
            b.Property<DateTime?>("CompletedAt");
            b.Property<bool?>("CompletedOnTime");
            b.Property<int?>("WorkingDaysTaken");
            b.Property<DateOnly>("DueDate");
            b.Property<DateOnly?>("PausedOn");
            b.Property<int>("PausedWorkingDays");
            b.Property<string>("DecisionReason").HasMaxLength(2000);
            b.Property<int>("ExtendedWorkingDays").ValueGeneratedOnAdd().HasDefaultValue(0);
            b.Property<int?>("PendingExtensionDays");
            b.Property<string>("PendingExtensionReason").HasMaxLength(2000);
            b.Property<DateTime?>("PendingExtensionRequestedAt");
            b.Property<string>("Benefit").HasMaxLength(500);
            b.Property<string>("OpenCaseKey").HasMaxLength(113);
            b.Property<Guid>("Version").IsConcurrencyToken();
            b.Property<Guid?>("AssignedToStaffId");
            b.Property<DateTime?>("AssignedAt");
            b.Property<string>("RequestedDocuments").HasMaxLength(500);
            b.HasKey("Id");
            b.HasIndex("TrackingNumber").IsUnique();
            b.HasIndex("AssignedToStaffId");
            b.HasIndex("OpenCaseKey").IsUnique();
            b.HasIndex("ApplicantIdIndex");
            b.HasIndex("CountyCode", "Status");
            b.HasIndex("Status", "DueDate");
            b.HasIndex("CompletedAt", "CountyCode", "DepartmentCode", "ItemCode", "SubmittedAt", "AcceptedAt", "DueDate", "CompletedOnTime", "ExtendedWorkingDays", "WorkingDaysTaken")
                .HasDatabaseName("IX_Applications_Statistics");
            b.HasIndex("ResidentId", "SubmittedAt");
            b.HasIndex("DepartmentCode", "CountyCode", "Status", "DueDate");
            b.ToTable("Applications");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.ApplicationHistoryEntry", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ApplicationId");
            b.Property<int>("Sequence");
            b.Property<string>("Action").IsRequired().HasMaxLength(24);
            b.Property<DateTime>("At");
            b.Property<string>("ActorRole").IsRequired().HasMaxLength(24);
            b.Property<Guid?>("ActorId");
            b.Property<string>("FromStatus").HasMaxLength(24);
            b.Property<string>("ToStatus").IsRequired().HasMaxLength(24);
            b.Property<string>("Reason");
            b.HasKey("Id");
            b.HasIndex("ApplicationId", "Sequence").IsUnique();
            b.ToTable("ApplicationHistory");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.SupervisionNote", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ApplicationId");
            b.Property<Guid>("SupervisorId");
            b.Property<string>("SupervisorUsername").IsRequired().HasMaxLength(64);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<string>("Note").IsRequired().HasMaxLength(500);
            b.Property<DateOnly>("Deadline");
            b.Property<DateTime>("IssuedAt");
            b.Property<DateTime?>("ClosedAt");
            b.HasKey("Id");
            b.HasIndex("ApplicationId");
            b.ToTable("SupervisionNotes");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Deadlines.DeadlineEvent", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<Guid>("ApplicationId");
            b.Property<string>("Stage").IsRequired().HasMaxLength(16);
            b.Property<string>("Phase").IsRequired().HasMaxLength(16);
            b.Property<DateOnly>("DueDate");
            b.Property<string>("DepartmentCode").IsRequired().HasMaxLength(16);
            b.Property<string>("CountyCode").IsRequired().HasMaxLength(6);
            b.Property<DateTime>("OccurredAt");
            b.HasKey("Id");
            b.HasIndex("ApplicationId", "Stage", "DueDate").IsUnique();
            b.HasIndex("OccurredAt", "Stage");
            b.ToTable("DeadlineEvents");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Notifications.StaffNotification", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("AudienceRole").IsRequired().HasMaxLength(16);
            b.Property<string>("AudienceDepartmentCode").HasMaxLength(16);
            b.Property<string>("AudienceRegionCode").IsRequired().HasMaxLength(12);
            b.Property<int>("Count");
            b.Property<DateTime>("CreatedAt");
            b.Property<Guid?>("SupervisionNoteId");
            b.HasKey("Id");
            b.HasIndex("AudienceRole", "AudienceRegionCode", "CreatedAt");
            b.ToTable("StaffNotifications");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Notifications.StaffNotificationRead", b =>
        {
            b.Property<long>("NotificationId");
            b.Property<Guid>("StaffId");
            b.Property<DateTime>("ReadAt");
            b.HasKey("NotificationId", "StaffId");
            b.ToTable("StaffNotificationReads");
        });

        modelBuilder.Entity("ReliefPlatform.Application.Jobs.JobRun", b =>
        {
            Identity(b.Property<long>("Id"));
            b.Property<string>("JobName").IsRequired().HasMaxLength(64);
            b.Property<string>("Node").IsRequired().HasMaxLength(128);
            b.Property<DateTime>("StartedAt");
            b.Property<DateTime?>("FinishedAt");
            b.Property<string>("Outcome").IsRequired().HasMaxLength(16);
            b.Property<string>("Summary").HasMaxLength(1000);
            b.HasKey("Id");
            b.HasIndex("JobName", "Id");
            b.ToTable("JobRuns");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.Household", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<string>("HeadName").IsRequired().HasMaxLength(50);
            b.Property<decimal>("PerCapitaIncome").HasPrecision(12, 2);
            b.Property<decimal>("UnavoidableSpending").HasPrecision(12, 2);
            b.Property<int>("Hardships");
            b.Property<bool>("FormerlyPoor");
            b.Property<int>("Level");
            b.Property<int>("Groups");
            b.Property<string>("LevelRuleId").HasMaxLength(64);
            b.Property<string>("ThresholdsKey").IsRequired().HasMaxLength(32);
            b.Property<DateTime?>("EvaluatedAt");
            b.Property<Guid>("RegisteredBy");
            b.Property<DateTime>("RegisteredAt");
            b.Property<DateTime>("UpdatedAt");
            b.Property<Guid>("Version").IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("RegionCode");
            b.HasIndex("ThresholdsKey");
            b.ToTable("Households");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.HouseholdMember", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("HouseholdId");
            b.Property<string>("Name").IsRequired().HasMaxLength(50);
            b.Property<string>("IdNumber").IsRequired();
            b.Property<string>("IdIndex").IsRequired().HasMaxLength(64);
            b.Property<string>("Relation").IsRequired().HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("HouseholdId");
            b.HasIndex("IdIndex");
            b.ToTable("HouseholdMembers");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.HouseholdLevelChange", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("HouseholdId");
            b.Property<int?>("FromLevel");
            b.Property<int>("ToLevel");
            b.Property<int>("FromGroups");
            b.Property<int>("ToGroups");
            b.Property<string>("RuleId").HasMaxLength(64);
            b.Property<string>("ThresholdsKey").IsRequired().HasMaxLength(32);
            b.Property<string>("ExplanationZh").IsRequired().HasMaxLength(500);
            b.Property<string>("ExplanationEn").IsRequired().HasMaxLength(500);
            b.Property<Guid?>("ActorId");
            b.Property<DateTime>("At");
            b.HasKey("Id");
            b.HasIndex("At");
            b.HasIndex("HouseholdId");
            b.ToTable("HouseholdLevelChanges");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.MonitoringThresholds", b =>
        {
            b.Property<Guid>("Id");
            b.Property<int>("Year");
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<decimal>("PovertyLine").HasPrecision(12, 2);
            b.Property<decimal>("WarningFactor").HasPrecision(6, 3);
            b.Property<decimal>("MonitoringLine").HasPrecision(12, 2);
            b.Property<decimal>("LargeSpendingLine").HasPrecision(12, 2);
            b.Property<int>("Revision").IsConcurrencyToken();
            b.Property<DateTime>("ChangedAt");
            b.HasKey("Id");
            b.HasIndex("Year", "RegionCode").IsUnique();
            b.ToTable("MonitoringThresholds");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.Lead", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(12);
            b.Property<string>("Subject").IsRequired().HasMaxLength(500);
            b.Property<Guid?>("HouseholdId");
            b.Property<Guid>("RaisedBy");
            b.Property<DateTime>("RaisedAt");
            b.Property<DateOnly>("DueDate");
            b.Property<string>("Decision").HasMaxLength(16);
            b.Property<string>("DecisionReason").HasMaxLength(500);
            b.Property<DateOnly?>("NoticeFrom");
            b.Property<DateTime?>("DecidedAt");
            b.Property<Guid?>("DecidedBy");
            b.Property<DateTime?>("RemindedAt");
            b.Property<DateTime?>("OverdueReportedAt");
            b.Property<Guid>("Version").IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("DueDate");
            b.HasIndex("RegionCode", "DueDate");
            b.ToTable("Leads");
        });

        // 20261123090000_ResidentPage
        modelBuilder.Entity("ReliefPlatform.Domain.Drafts.ApplicationDraft", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ResidentId");
            b.Property<string>("ItemCode").IsRequired().HasMaxLength(48);
            b.Property<string>("DataJson").IsRequired();
            b.Property<DateTime>("CreatedAt");
            b.Property<DateTime>("UpdatedAt");
            b.HasKey("Id");
            b.HasIndex("ResidentId", "ItemCode").IsUnique();
            b.ToTable("Drafts");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Attachments.Attachment", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ResidentId");
            b.Property<string>("ItemCode").IsRequired().HasMaxLength(48);
            b.Property<string>("DocumentKey").HasMaxLength(64);
            b.Property<string>("ContentType").IsRequired().HasMaxLength(32);
            b.Property<long>("SizeBytes");
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<string>("FileName").IsRequired();
            b.Property<DateTime>("UploadedAt");
            b.Property<Guid?>("ApplicationId");
            b.Property<string>("Stage").HasMaxLength(16);
            b.HasKey("Id");
            b.HasIndex("ApplicationId");
            b.HasIndex("ResidentId", "ApplicationId");
            b.ToTable("Attachments");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.ApplicationRating", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ApplicationId");
            b.Property<Guid>("ResidentId");
            b.Property<int>("Score");
            b.Property<string>("Comment");
            b.Property<string>("DepartmentCode").IsRequired().HasMaxLength(16);
            b.Property<DateTime>("RatedAt");
            b.HasKey("Id");
            b.HasIndex("ApplicationId").IsUnique();
            b.HasIndex("DepartmentCode", "RatedAt");
            b.ToTable("Ratings");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.RatingFollowUp", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("ApplicationId");
            b.Property<Guid>("RatingId");
            b.Property<string>("DepartmentCode").IsRequired().HasMaxLength(16);
            b.Property<string>("CountyCode").IsRequired().HasMaxLength(12);
            b.Property<DateTime>("OpenedAt");
            b.Property<DateOnly>("DueDate");
            b.Property<string>("Response");
            b.Property<DateTime?>("ClosedAt");
            b.Property<Guid?>("ClosedBy");
            b.Property<DateTime?>("RemindedAt");
            b.Property<DateTime?>("OverdueReportedAt");
            b.HasKey("Id");
            b.HasIndex("ApplicationId").IsUnique();
            b.HasIndex("DueDate");
            b.HasIndex("RatingId");
            b.ToTable("RatingFollowUps");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Notifications.StaffNotificationRead", b =>
            b.HasOne("ReliefPlatform.Domain.Notifications.StaffNotification", null)
                .WithMany()
                .HasForeignKey("NotificationId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Catalog.ServiceItem", b =>
            b.HasOne("ReliefPlatform.Domain.Catalog.Department", null)
                .WithMany()
                .HasForeignKey("DepartmentCode")
                .OnDelete(DeleteBehavior.Restrict)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.ApplicationHistoryEntry", b =>
            b.HasOne("ReliefPlatform.Domain.Applications.ReliefApplication", null)
                .WithMany("History")
                .HasForeignKey("ApplicationId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.SupervisionNote", b =>
            b.HasOne("ReliefPlatform.Domain.Applications.ReliefApplication", null)
                .WithMany("SupervisionNotes")
                .HasForeignKey("ApplicationId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.HouseholdMember", b =>
            b.HasOne("ReliefPlatform.Domain.Monitoring.Household", null)
                .WithMany("Members")
                .HasForeignKey("HouseholdId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.HouseholdLevelChange", b =>
            b.HasOne("ReliefPlatform.Domain.Monitoring.Household", null)
                .WithMany("Changes")
                .HasForeignKey("HouseholdId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired());

        modelBuilder.Entity("ReliefPlatform.Domain.Monitoring.Household", b =>
        {
            b.Navigation("Changes");
            b.Navigation("Members");
        });

        modelBuilder.Entity("ReliefPlatform.Domain.Applications.ReliefApplication", b =>
        {
            b.Navigation("History");
            b.Navigation("SupervisionNotes");
        });
    }

    // Database-generated keys on both providers, as in the migrations.
    private static void Identity(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<long> property) =>
        property.ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
