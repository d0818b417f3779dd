using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineEventConfiguration : IEntityTypeConfiguration<DeadlineEvent>
{
    public void Configure(EntityTypeBuilder<DeadlineEvent> builder)
    {
        builder.ToTable("DeadlineEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Phase).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(e => e.CountyCode).HasMaxLength(6);

        // Exactly once per application, stage and due date, whatever runs the sweep and how often.
        builder.HasIndex(e => new { e.ApplicationId, e.Stage, e.DueDate }).IsUnique();
        builder.HasIndex(e => new { e.OccurredAt, e.Stage });
    }
}
