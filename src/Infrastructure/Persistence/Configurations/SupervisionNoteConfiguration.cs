using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionNoteConfiguration : IEntityTypeConfiguration<SupervisionNote>
{
    public void Configure(EntityTypeBuilder<SupervisionNote> builder)
    {
        builder.ToTable("SupervisionNotes");
        builder.HasKey(n => n.Id);

        // Set by the domain, like history entries: a new note on a loaded application is an insert.
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.SupervisorUsername).HasMaxLength(StaffUser.UsernameMaxLength);
        builder.Property(n => n.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.HasIndex(n => n.ApplicationId);
    }
}
