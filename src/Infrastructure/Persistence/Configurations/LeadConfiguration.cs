using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("Leads");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(l => l.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.IsOpen);
        builder.HasIndex(l => new { l.RegionCode, l.DueDate });
        builder.HasIndex(l => l.DueDate);
    }
}
