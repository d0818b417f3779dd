using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class ReportExportConfiguration : IEntityTypeConfiguration<ReportExport>
{
    public void Configure(EntityTypeBuilder<ReportExport> builder)
    {
        builder.ToTable("ReportExports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Report).HasMaxLength(32);
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Parameters).HasMaxLength(200);
        builder.Property(e => e.RegionCode).HasMaxLength(12);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.FileName).HasMaxLength(100);
        builder.Property(e => e.FileSha256).HasMaxLength(64);
        builder.Property(e => e.ContentSha256).HasMaxLength(64);
        builder.Property(e => e.Error).HasMaxLength(ReportExport.ErrorMaxLength);

        // "The same parameters as of that time" is looked up by these.
        builder.HasIndex(e => new { e.RegionCode, e.Parameters, e.AsOf });
        builder.HasIndex(e => new { e.Status, e.RequestedAt });
    }
}
