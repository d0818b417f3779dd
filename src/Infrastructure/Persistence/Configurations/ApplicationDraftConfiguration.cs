using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Drafts;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationDraftConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        builder.ToTable("Drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);

        // DataJson is personal data: encrypted (PersonalDataColumns), so no length in the schema.
        builder.HasIndex(d => new { d.ResidentId, d.ItemCode }).IsUnique();
    }
}
