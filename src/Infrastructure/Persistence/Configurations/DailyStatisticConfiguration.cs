using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Statistics;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class DailyStatisticConfiguration : IEntityTypeConfiguration<DailyStatistic>
{
    public void Configure(EntityTypeBuilder<DailyStatistic> builder)
    {
        builder.ToTable("DailyStatistics");
        builder.HasKey(s => new { s.Day, s.DepartmentCode, s.ItemCode, s.CountyCode });
        builder.Property(s => s.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(s => s.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(s => s.CountyCode).HasMaxLength(6);
        builder.HasIndex(s => new { s.CountyCode, s.Day });

        // Added by a later migration to existing rows, so the column carries the migration's default.
        builder.Property(s => s.WorkingDaysTaken).HasDefaultValue(0);
    }
}
