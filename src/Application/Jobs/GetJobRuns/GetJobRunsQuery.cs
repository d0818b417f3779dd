using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Jobs.GetJobs;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Jobs.GetJobRuns;

/// <summary>The latest runs of one job, newest first.</summary>
[Authorize(Role.Administrator, Role.Supervisor)]
public sealed record GetJobRunsQuery(string Name, int Take = 20) : IQuery<IReadOnlyList<JobRunDto>>;
