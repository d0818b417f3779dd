using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReliefPlatform.Application.Jobs;

namespace ReliefPlatform.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.JobName).HasMaxLength(JobRun.NameMaxLength);
        builder.Property(r => r.Node).HasMaxLength(128);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Summary).HasMaxLength(JobRun.SummaryMaxLength);
        builder.HasIndex(r => new { r.JobName, r.Id });
    }
}
