using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class CalendarRevisionConfiguration : IEntityTypeConfiguration<CalendarRevision>
{
    public void Configure(EntityTypeBuilder<CalendarRevision> builder)
    {
        builder.ToTable("CalendarRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Holidays).HasMaxLength(2000);
        builder.Property(r => r.Workdays).HasMaxLength(1000);
        builder.HasIndex(r => new { r.Year, r.Id });
    }
}
