using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Notifications;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class StaffNotificationReadConfiguration : IEntityTypeConfiguration<StaffNotificationRead>
{
    public void Configure(EntityTypeBuilder<StaffNotificationRead> builder)
    {
        builder.ToTable("StaffNotificationReads");
        builder.HasKey(r => new { r.NotificationId, r.StaffId });
        builder.HasOne<StaffNotification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
