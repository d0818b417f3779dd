using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class UrgentAidAlertConfiguration : IEntityTypeConfiguration<UrgentAidAlert>
{
    public void Configure(EntityTypeBuilder<UrgentAidAlert> builder)
    {
        builder.ToTable("UrgentAidAlerts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(e => e.CountyCode).HasMaxLength(6);

        // Exactly once per application, kind and threshold, however often the sweep runs.
        builder.HasIndex(e => new { e.ApplicationId, e.Kind, e.HoursLeft }).IsUnique();
    }
}
