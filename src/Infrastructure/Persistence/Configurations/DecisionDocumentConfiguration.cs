using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Documents;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class DecisionDocumentConfiguration : IEntityTypeConfiguration<DecisionDocument>
{
    public void Configure(EntityTypeBuilder<DecisionDocument> builder)
    {
        builder.ToTable("DecisionDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.VerificationCode).HasMaxLength(DecisionDocument.VerificationCodeLength);
        builder.Property(d => d.TrackingNumber).HasMaxLength(DecisionDocument.TrackingNumberMaxLength);
        builder.Property(d => d.Title).HasMaxLength(DecisionDocument.TitleMaxLength);
        builder.Property(d => d.IssuingOffice).HasMaxLength(DecisionDocument.OfficeMaxLength);
        builder.Property(d => d.MaskedName).HasMaxLength(DecisionDocument.MaskedNameMaxLength);
        builder.Property(d => d.Sha256).HasMaxLength(DecisionDocument.Sha256Length);
        builder.Property(d => d.Signature).HasMaxLength(DecisionDocument.SignatureMaxLength);
        builder.Property(d => d.SigningKeyId).HasMaxLength(DecisionDocument.KeyIdMaxLength);
        builder.HasOne<ReliefApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);

        // One document per decision step, whatever retries happen; codes and hashes are looked up by the public page.
        builder.HasIndex(d => new { d.ApplicationId, d.Step }).IsUnique();
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.HasIndex(d => d.Sha256);
    }
}
