using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Jobs.GetJobs;

[Authorize(Role.Administrator, Role.Supervisor)]
public sealed record GetJobsQuery : IQuery<IReadOnlyList<JobDto>>;

public sealed record JobDto(
    string Name,
    string Description,
    string Schedule,
    string TimeZone,
    DateTimeOffset? NextRunAt,
    DateTimeOffset? PreviousRunAt,
    JobRunDto? LastRun);

public sealed record JobRunDto(long Id, string Node, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? Summary);
