using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> builder)
    {
        builder.ToTable("OneTimeCodes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PhoneIndex).HasMaxLength(Domain.Applications.ReliefApplication.IdIndexMaxLength);
        builder.Property(c => c.CodeHash).HasMaxLength(128);
        builder.Property(c => c.Sequence).HasDefaultValue(0);
        builder.HasIndex(c => new { c.PhoneIndex, c.Sequence }).IsUnique();
    }
}
