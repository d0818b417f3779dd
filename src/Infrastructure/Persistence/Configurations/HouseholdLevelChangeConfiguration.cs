using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class HouseholdLevelChangeConfiguration : IEntityTypeConfiguration<HouseholdLevelChange>
{
    public const int ExplanationMaxLength = 500;

    public void Configure(EntityTypeBuilder<HouseholdLevelChange> builder)
    {
        builder.ToTable("HouseholdLevelChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FromLevel).HasConversion<int?>();
        builder.Property(c => c.ToLevel).HasConversion<int>();
        builder.Property(c => c.FromGroups).HasConversion<int>();
        builder.Property(c => c.ToGroups).HasConversion<int>();
        builder.Property(c => c.RuleId).HasMaxLength(HouseholdConfiguration.RuleIdMaxLength);
        builder.Property(c => c.ThresholdsKey).HasMaxLength(HouseholdConfiguration.ThresholdsKeyMaxLength);
        builder.Property(c => c.ExplanationZh).HasMaxLength(ExplanationMaxLength);
        builder.Property(c => c.ExplanationEn).HasMaxLength(ExplanationMaxLength);
        builder.Ignore(c => c.Worsened);
        builder.HasIndex(c => c.HouseholdId);
        builder.HasIndex(c => c.At);
    }
}
