using ReliefPlatform.Application.Jobs.GetJobs;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Jobs;

internal static class JobRunMapping
{
    public static JobRunDto ToDto(this JobRun run) => new(
        run.Id,
        run.Node,
        ChinaTime.ToChinaOffset(run.StartedAt),
        run.FinishedAt is { } finished ? ChinaTime.ToChinaOffset(finished) : null,
        run.Outcome.ToString(),
        run.Summary);
}
