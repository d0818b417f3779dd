using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Infrastructure.Services;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class DevSmsMessageConfiguration : IEntityTypeConfiguration<DevSmsMessage>
{
    public void Configure(EntityTypeBuilder<DevSmsMessage> builder)
    {
        builder.ToTable("DevSmsMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.PhoneIndex).HasMaxLength(Domain.Applications.ReliefApplication.IdIndexMaxLength);
        builder.HasIndex(m => new { m.PhoneIndex, m.SentAt });
    }
}
