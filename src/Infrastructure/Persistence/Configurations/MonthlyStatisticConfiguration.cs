using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Statistics;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class MonthlyStatisticConfiguration : IEntityTypeConfiguration<MonthlyStatistic>
{
    public void Configure(EntityTypeBuilder<MonthlyStatistic> builder)
    {
        builder.ToTable("MonthlyStatistics");
        builder.HasKey(s => new { s.Month, s.DepartmentCode, s.ItemCode, s.CountyCode });
        builder.Property(s => s.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(s => s.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(s => s.CountyCode).HasMaxLength(6);
    }
}
