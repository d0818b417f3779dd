using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(a => a.DocumentKey).HasMaxLength(Attachment.DocumentKeyMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength);
        builder.Property(a => a.Sha256).HasMaxLength(Attachment.Sha256Length);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(16);

        // FileName is personal data: encrypted (PersonalDataColumns), so no length in the schema.
        builder.HasIndex(a => new { a.ResidentId, a.ApplicationId });
        builder.HasIndex(a => a.ApplicationId);
    }
}
