using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

// Ids are set by the domain; without ValueGeneratedNever EF would treat a new row found on a loaded aggregate as an update.
internal sealed class StageRecordConfiguration : IEntityTypeConfiguration<StageRecord>
{
    public void Configure(EntityTypeBuilder<StageRecord> builder)
    {
        builder.ToTable("ApplicationStages");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.StageKey).HasMaxLength(ReliefApplicationConfiguration.ProcedureStageKeyMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(r => r.Office).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(r => r.OfficeRegionCode).HasMaxLength(RegionCode.TownshipLength);
        builder.Property(r => r.ItemCode).HasMaxLength(Domain.Catalog.ServiceItem.CodeMaxLength);
        builder.Property(r => r.DepartmentCode).HasMaxLength(Domain.Catalog.Department.CodeMaxLength);
        builder.Property(r => r.CountyCode).HasMaxLength(RegionCode.CountyLength);
        builder.HasIndex(r => new { r.ApplicationId, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.EndedAt, r.CountyCode, r.DepartmentCode });
    }
}

internal sealed class HomeVisitConfiguration : IEntityTypeConfiguration<HomeVisit>
{
    public void Configure(EntityTypeBuilder<HomeVisit> builder)
    {
        builder.ToTable("HomeVisits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Visitors).HasMaxLength(HomeVisit.VisitorsMaxLength);
        builder.Property(v => v.MonthlyIncomeYuan).HasPrecision(12, 2);
        builder.HasIndex(v => v.ApplicationId);
    }
}

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.ToTable("PublicNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.PlaceCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(n => n.MaskedName).HasMaxLength(64);
        builder.Property(n => n.ItemCode).HasMaxLength(Domain.Catalog.ServiceItem.CodeMaxLength);
        builder.Property(n => n.ProposedHelp).HasMaxLength(PublicNotice.ProposedHelpMaxLength);
        builder.HasIndex(n => new { n.PlaceCode, n.EndsOn });
        builder.HasIndex(n => n.ApplicationId);
    }
}

internal sealed class NoticeObjectionConfiguration : IEntityTypeConfiguration<NoticeObjection>
{
    public void Configure(EntityTypeBuilder<NoticeObjection> builder)
    {
        builder.ToTable("NoticeObjections");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Ignore(o => o.IsOpen);
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(o => o.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.ApplicationId);
    }
}
