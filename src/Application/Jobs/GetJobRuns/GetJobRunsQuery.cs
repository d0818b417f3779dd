using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Application.Jobs.GetJobs;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Jobs.GetJobRuns;

/// <summary>The latest runs of one job, newest first.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Supervisor}")]
public sealed record GetJobRunsQuery(string Name, int Take = 20) : IQuery<IReadOnlyList<JobRunDto>>;
