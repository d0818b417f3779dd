using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("StaffUsers");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Username).HasMaxLength(StaffUser.UsernameMaxLength);
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(256);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(u => u.RegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.HasIndex(u => u.Username).IsUnique();

        // Added to existing rows by the StaffSecurity migration, so the columns carry the defaults it gives them.
        builder.Property(u => u.Version).IsConcurrencyToken().HasDefaultValue(Guid.Empty);
        builder.Property(u => u.FailedSignInCount).HasDefaultValue(0);
        builder.Property(u => u.MustChangePassword).HasDefaultValue(false);
        builder.Property(u => u.TotpSecret).HasMaxLength(StaffUser.ProtectedSecretMaxLength);
        builder.Property(u => u.TotpPendingSecret).HasMaxLength(StaffUser.ProtectedSecretMaxLength);
    }
}
