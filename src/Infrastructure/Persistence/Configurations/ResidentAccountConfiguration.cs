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

        // 实名认证: the name and the ID number are encrypted (PersonalDataColumns); one identity may be held by
        // several accounts (ADR 0035), so its index is not unique.
        builder.Property(r => r.VerifiedIdIndex).HasMaxLength(Domain.Applications.ReliefApplication.IdIndexMaxLength);
        builder.Property(r => r.VerificationProvider).HasMaxLength(ResidentAccount.VerificationProviderMaxLength);
        builder.Property(r => r.VerificationReference).HasMaxLength(ResidentAccount.VerificationReferenceMaxLength);
        builder.Ignore(r => r.IsVerified);
    }
}
