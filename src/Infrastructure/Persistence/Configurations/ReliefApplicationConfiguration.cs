using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ReliefApplicationConfiguration : IEntityTypeConfiguration<ReliefApplication>
{
    public const int EnumMaxLength = 24;
    public const int ProcedureStageKeyMaxLength = 32;

    public void Configure(EntityTypeBuilder<ReliefApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TrackingNumber).HasMaxLength(ReliefApplication.TrackingNumberMaxLength);
        builder.Property(a => a.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(a => a.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(a => a.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(a => a.CountyCode).HasMaxLength(6);
        builder.Property(a => a.ApplicantIdIndex).HasMaxLength(ReliefApplication.IdIndexMaxLength);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(a => a.ResidentNews).HasConversion<string>().HasMaxLength(EnumMaxLength);

        // Added to existing rows by a migration, so the column carries the default the migration gives it.
        builder.Property(a => a.ExtendedWorkingDays).HasDefaultValue(0);

        // Value objects in the application's own row, under the column names they had as loose fields:
        // no migration, and queries on them are plain column filters. All columns null = no value.
        builder.OwnsOne(a => a.PendingExtension, e =>
        {
            e.Property(x => x.WorkingDays).HasColumnName("PendingExtensionDays");
            e.Property(x => x.Reason).HasColumnName("PendingExtensionReason").HasMaxLength(ReliefApplication.ReasonMaxLength);
            e.Property(x => x.RequestedAt).HasColumnName("PendingExtensionRequestedAt");
        });
        builder.OwnsOne(a => a.Holder, h =>
        {
            h.Property(x => x.StaffId).HasColumnName("AssignedToStaffId");
            h.Property(x => x.Since).HasColumnName("AssignedAt");
            h.HasIndex(x => x.StaffId);
        });
        builder.OwnsOne(a => a.UrgentAid, u =>
        {
            u.Property(x => x.MarkedAt).HasColumnName("UrgentMarkedAt");
            u.Property(x => x.MarkedBy).HasColumnName("UrgentMarkedBy").HasConversion<string>().HasMaxLength(EnumMaxLength);
            u.Property(x => x.HelpDueAt).HasColumnName("UrgentHelpDueAt");
            u.Property(x => x.HelpRecordedAt).HasColumnName("UrgentHelpRecordedAt");
            u.Property(x => x.HelpKind).HasColumnName("UrgentHelpKind").HasConversion<string>().HasMaxLength(EnumMaxLength);
            u.Property(x => x.HelpAmount).HasColumnName("UrgentHelpAmount").HasPrecision(12, 2);
            u.Property(x => x.PaperworkDueDate).HasColumnName("UrgentPaperworkDueDate");
            u.Property(x => x.PaperworkDueBefore).HasColumnName("UrgentPaperworkDueBefore");
            u.Ignore(x => x.HelpPending);
            u.Ignore(x => x.HelpOnTime);

            // The sweep and the queue look for open urgent cases by the help clock.
            u.HasIndex(x => x.HelpDueAt);
        });
        builder.Property(a => a.RequestedDocuments).HasMaxLength(ReliefApplication.RequestedDocumentsMaxLength);
        builder.Ignore(a => a.RequestedDocumentKeys);
        builder.Property(a => a.OpenCaseKey).HasMaxLength(ReliefApplication.OpenCaseKeyMaxLength);
        builder.Property(a => a.Relationship).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.HasIndex(a => a.DuplicateOfId);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Applicant);
        builder.Ignore(a => a.DomainEvents);

        builder.HasMany(a => a.History)
            .WithOne()
            .HasForeignKey(h => h.ApplicationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.SupervisionNotes)
            .WithOne()
            .HasForeignKey(n => n.ApplicationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.SupervisionNotes).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The stage in progress; rows from before stages were filled by the migration (acceptance or decision, county).
        builder.Property(a => a.StageKey).HasMaxLength(ProcedureStageKeyMaxLength);
        builder.Property(a => a.StageKind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(a => a.StageOffice).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(a => a.StageOfficeRegionCode).HasMaxLength(RegionCode.TownshipLength);
        builder.HasIndex(a => new { a.DepartmentCode, a.StageOfficeRegionCode, a.Status, a.StageDueDate });
        builder.HasMany(a => a.StageRecords).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.StageRecords).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.HomeVisits).WithOne().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.HomeVisits).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Notices).WithOne().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Notices).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Appeals).WithOne().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Appeals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.OpenAppeal);

        builder.HasIndex(a => a.TrackingNumber).IsUnique();
        builder.HasIndex(a => a.OpenCaseKey).IsUnique();
        builder.HasIndex(a => a.ApplicantIdIndex);
        builder.HasIndex(a => new { a.DepartmentCode, a.CountyCode, a.Status, a.DueDate });
        builder.HasIndex(a => new { a.ResidentId, a.SubmittedAt });
        builder.HasIndex(a => new { a.CountyCode, a.Status });
        builder.HasIndex(a => new { a.Status, a.DueDate });

        // Covers the statistics query (docs/metrics.md): the open cases and a day's decisions are read from the index alone.
        builder.HasIndex(a => new
        {
            a.CompletedAt,
            a.CountyCode,
            a.DepartmentCode,
            a.ItemCode,
            a.SubmittedAt,
            a.AcceptedAt,
            a.DueDate,
            a.CompletedOnTime,
            a.ExtendedWorkingDays,
            a.WorkingDaysTaken,
        }).HasDatabaseName("IX_Applications_Statistics");
    }
}
