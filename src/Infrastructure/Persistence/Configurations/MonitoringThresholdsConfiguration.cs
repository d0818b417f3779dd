using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class MonitoringThresholdsConfiguration : IEntityTypeConfiguration<MonitoringThresholds>
{
    public void Configure(EntityTypeBuilder<MonitoringThresholds> builder)
    {
        builder.ToTable("MonitoringThresholds");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(t => t.PovertyLine).HasPrecision(12, 2);
        builder.Property(t => t.WarningFactor).HasPrecision(6, 3);
        builder.Property(t => t.MonitoringLine).HasPrecision(12, 2);
        builder.Property(t => t.LargeSpendingLine).HasPrecision(12, 2);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.Ignore(t => t.WarningLine);
        builder.Ignore(t => t.Key);
        builder.HasIndex(t => new { t.Year, t.RegionCode }).IsUnique();
    }
}
