using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationHistoryEntryConfiguration : IEntityTypeConfiguration<ApplicationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationHistoryEntry> builder)
    {
        builder.ToTable("ApplicationHistory");
        builder.HasKey(h => h.Id);

        // The id is set by the domain; without this EF would treat a new entry found on a loaded aggregate as an update.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(h => h.ActorRole).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.HasIndex(h => new { h.ApplicationId, h.Sequence }).IsUnique();
    }
}
