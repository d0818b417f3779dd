using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class RatingFollowUpConfiguration : IEntityTypeConfiguration<RatingFollowUp>
{
    public void Configure(EntityTypeBuilder<RatingFollowUp> builder)
    {
        builder.ToTable("RatingFollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.DepartmentCode).HasMaxLength(16);
        builder.Property(f => f.CountyCode).HasMaxLength(RegionCode.MaxLength);
        builder.Ignore(f => f.IsOpen);
        builder.HasIndex(f => f.ApplicationId).IsUnique();
        builder.HasIndex(f => f.RatingId);
        builder.HasIndex(f => f.DueDate);
    }
}
