using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Jobs.GetJobs;

internal sealed class GetJobsQueryHandler(IJobScheduler scheduler, IApplicationDbContext db) : IRequestHandler<GetJobsQuery, IReadOnlyList<JobDto>>
{
    public async Task<IReadOnlyList<JobDto>> Handle(GetJobsQuery request, CancellationToken cancellationToken)
    {
        var jobs = await scheduler.ListAsync(cancellationToken);
        var result = new List<JobDto>(jobs.Count);
        foreach (var job in jobs)
        {
            var last = await db.JobRuns.AsNoTracking()
                .Where(r => r.JobName == job.Name)
                .OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            result.Add(new JobDto(job.Name, job.Description, job.Schedule, job.TimeZone, China(job.NextRunAt), China(job.PreviousRunAt), last?.ToDto()));
        }

        return result;
    }

    private static DateTimeOffset? China(DateTimeOffset? instant) => instant is { } value ? ChinaTime.ToChinaOffset(value.UtcDateTime) : null;
}
