using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.ToTable("Appeals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AppealedStatus).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(a => a.ItemCode).HasMaxLength(Domain.Catalog.ServiceItem.CodeMaxLength);
        builder.Property(a => a.DepartmentCode).HasMaxLength(Domain.Catalog.Department.CodeMaxLength);
        builder.Property(a => a.CountyCode).HasMaxLength(RegionCode.CountyLength);
        builder.Property(a => a.OfficeRegionCode).HasMaxLength(RegionCode.TownshipLength);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => new { a.ApplicationId, a.Sequence }).IsUnique();

        // The appeals report: a region's appeals filed in a period, by department and item.
        builder.HasIndex(a => new { a.FiledAt, a.CountyCode });
    }
}
