using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Monitoring;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public const int RuleIdMaxLength = 64;
    public const int ThresholdsKeyMaxLength = 32;

    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("Households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(h => h.PerCapitaIncome).HasPrecision(12, 2);
        builder.Property(h => h.UnavoidableSpending).HasPrecision(12, 2);

        // Numbers, not names: the level orders by severity, and flags combine.
        builder.Property(h => h.Hardships).HasConversion<int>();
        builder.Property(h => h.Level).HasConversion<int>();
        builder.Property(h => h.Groups).HasConversion<int>();
        builder.Property(h => h.LevelRuleId).HasMaxLength(RuleIdMaxLength);
        builder.Property(h => h.ThresholdsKey).HasMaxLength(ThresholdsKeyMaxLength);
        builder.Property(h => h.Version).IsConcurrencyToken();

        builder.HasMany(h => h.Members).WithOne().HasForeignKey("HouseholdId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(h => h.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(h => h.Changes).WithOne().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(h => h.RegionCode);
        builder.HasIndex(h => h.ThresholdsKey);
    }
}
