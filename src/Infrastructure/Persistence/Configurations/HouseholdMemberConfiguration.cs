using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> builder)
    {
        builder.ToTable("HouseholdMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IdIndex).HasMaxLength(ReliefPlatform.Domain.Applications.ReliefApplication.IdIndexMaxLength);
        builder.Property(m => m.Relation).HasMaxLength(HouseholdMember.RelationMaxLength);
        builder.HasIndex(m => m.IdIndex);
    }
}
