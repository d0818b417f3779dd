using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationRatingConfiguration : IEntityTypeConfiguration<ApplicationRating>
{
    public void Configure(EntityTypeBuilder<ApplicationRating> builder)
    {
        builder.ToTable("Ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Ignore(r => r.IsPoor);

        // One rating per application, even under a double tap.
        builder.HasIndex(r => r.ApplicationId).IsUnique();
        builder.HasIndex(r => new { r.DepartmentCode, r.RatedAt });
    }
}
