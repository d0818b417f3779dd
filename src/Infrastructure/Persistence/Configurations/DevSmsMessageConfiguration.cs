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
        builder.Property(m => m.Phone).HasMaxLength(16);
        builder.Property(m => m.Text).HasMaxLength(DevSmsMessage.TextMaxLength);
        builder.HasIndex(m => new { m.Phone, m.SentAt });
    }
}
