using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Jobs.GetJobs;

namespace ReliefPlatform.Application.Jobs.GetJobRuns;

internal sealed class GetJobRunsQueryHandler(IJobScheduler scheduler, IApplicationDbContext db) : IRequestHandler<GetJobRunsQuery, IReadOnlyList<JobRunDto>>
{
    public async Task<IReadOnlyList<JobRunDto>> Handle(GetJobRunsQuery request, CancellationToken cancellationToken)
    {
        if ((await scheduler.ListAsync(cancellationToken)).All(j => j.Name != request.Name))
        {
            throw new NotFoundException();
        }

        var runs = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == request.Name)
            .OrderByDescending(r => r.Id)
            .Take(Math.Clamp(request.Take, 1, 100))
            .ToListAsync(cancellationToken);
        return runs.Select(r => r.ToDto()).ToList();
    }
}
