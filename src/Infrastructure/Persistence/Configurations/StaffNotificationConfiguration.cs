using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> builder)
    {
        builder.ToTable("StaffNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.AudienceRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.AudienceDepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(n => n.AudienceRegionCode).HasMaxLength(RegionCode.MaxLength);
        builder.HasIndex(n => new { n.AudienceRole, n.AudienceRegionCode, n.CreatedAt });
    }
}
