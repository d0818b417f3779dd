using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;

internal sealed class TakeStatisticsSnapshotCommandHandler(IApplicationDbContext db, IStatisticsSnapshotWriter writer, TimeProvider clock)
    : IRequestHandler<TakeStatisticsSnapshotCommand, TakeStatisticsSnapshotResult>
{
    private const int MaxDaysPerRun = 366;

    public async Task<TakeStatisticsSnapshotResult> Handle(TakeStatisticsSnapshotCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var yesterday = ChinaTime.DateOf(now).AddDays(-1);
        var days = request.Day is { } day ? [day] : await MissingDaysAsync(yesterday, cancellationToken);

        var rows = 0;
        foreach (var d in days)
        {
            rows += await writer.WriteDayAsync(d, ChinaTime.StartOfDayUtc(d), ChinaTime.StartOfDayUtc(d.AddDays(1)), now, cancellationToken);
        }

        return new TakeStatisticsSnapshotResult(days, rows);
    }

    private async Task<List<DateOnly>> MissingDaysAsync(DateOnly yesterday, CancellationToken cancellationToken)
    {
        var last = await db.DailyStatistics.MaxAsync(s => (DateOnly?)s.Day, cancellationToken);
        var from = last?.AddDays(1);
        if (from is null)
        {
            var firstSubmission = await db.Applications.MinAsync(a => (DateTime?)a.SubmittedAt, cancellationToken);
            if (firstSubmission is null)
            {
                return [];
            }

            from = ChinaTime.DateOf(firstSubmission.Value);
        }

        var start = from.Value < yesterday.AddDays(-MaxDaysPerRun + 1) ? yesterday.AddDays(-MaxDaysPerRun + 1) : from.Value;
        var days = new List<DateOnly>();
        for (var d = start; d <= yesterday; d = d.AddDays(1))
        {
            days.Add(d);
        }

        return days;
    }
}
