using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ResidentAccountConfiguration : IEntityTypeConfiguration<ResidentAccount>
{
    public void Configure(EntityTypeBuilder<ResidentAccount> builder)
    {
        builder.ToTable("Residents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.PhoneIndex).HasMaxLength(Domain.Applications.ReliefApplication.IdIndexMaxLength);
        builder.HasIndex(r => r.PhoneIndex).IsUnique();
    }
}
