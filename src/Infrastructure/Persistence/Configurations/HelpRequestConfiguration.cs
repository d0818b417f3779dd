using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.HelpRequests;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.ToTable("HelpRequests");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.PlaceCode).HasMaxLength(RegionCode.MaxLength);
        builder.Property(h => h.CountyCode).HasMaxLength(RegionCode.CountyLength);
        builder.Property(h => h.PhoneIndex).HasMaxLength(ReliefApplication.IdIndexMaxLength);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(ReliefApplicationConfiguration.EnumMaxLength);
        builder.Property(h => h.ItemCode).HasMaxLength(ServiceItem.CodeMaxLength);
        builder.Property(h => h.DepartmentCode).HasMaxLength(Department.CodeMaxLength);
        builder.Property(h => h.Version).IsConcurrencyToken();

        // The county's inbox (open first, by due date) and the resident's list (by account, or by phone before signing in).
        builder.HasIndex(h => new { h.CountyCode, h.Status, h.DueDate });
        builder.HasIndex(h => h.ResidentId);
        builder.HasIndex(h => h.PhoneIndex);
    }
}
