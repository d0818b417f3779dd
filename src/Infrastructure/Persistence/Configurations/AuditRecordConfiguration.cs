using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Infrastructure.Persistence.Audit;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");

        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();

        // The chain gives the number when the record is sealed, not the database.
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.HasIndex(r => r.Sequence).IsUnique();
        builder.Property(r => r.ActorRole).HasMaxLength(AuditRecord.RoleMaxLength);
        builder.Property(r => r.Action).HasMaxLength(AuditRecord.ActionMaxLength);
        builder.Property(r => r.ObjectType).HasMaxLength(AuditRecord.ObjectTypeMaxLength);
        builder.Property(r => r.ObjectId).HasMaxLength(AuditRecord.ObjectIdMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ClientAddress).HasMaxLength(AuditRecord.ClientAddressMaxLength);
        builder.Property(r => r.Detail).HasMaxLength(AuditRecord.DetailMaxLength);
        builder.Property(r => r.PreviousHash).HasMaxLength(AuditRecord.HashLength);
        builder.Property(r => r.Hash).HasMaxLength(AuditRecord.HashLength);
        builder.HasIndex(r => new { r.ObjectType, r.ObjectId });
        builder.HasIndex(r => r.OccurredAt);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(AuditRecord.HashLength);
    }
}
