using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.EvaluateHouseholds;

/// <summary>
/// The <c>evaluate-households</c> job: every household whose last evaluation was under other figures
/// than those covering it now (a threshold change, a new year) is evaluated again, in batches, each
/// its own save, so it can run beside the service and stop anywhere.
/// </summary>
public sealed record EvaluateHouseholdsCommand(int BatchSize = 1_000) : ICommand<EvaluateHouseholdsResult>, ISavesInSteps
{
    public const string JobName = "evaluate-households";
}

public sealed record EvaluateHouseholdsResult(int Examined, int Evaluated, int LevelChanges);

internal sealed class EvaluateHouseholdsCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, HouseholdEvaluator evaluator) : IRequestHandler<EvaluateHouseholdsCommand, EvaluateHouseholdsResult>
{
    private const int MaxConflicts = 10;

    public async Task<EvaluateHouseholdsResult> Handle(EvaluateHouseholdsCommand request, CancellationToken cancellationToken)
    {
        var thresholds = await evaluator.ThresholdsAsync(cancellationToken);
        var batch = Math.Clamp(request.BatchSize, 1, 10_000);

        // The figures covering each region now (a few rows per year), looked up once per region code.
        var covering = new Dictionary<string, MonitoringThresholds?>(StringComparer.Ordinal);
        MonitoringThresholds? Current(string regionCode)
        {
            if (!covering.TryGetValue(regionCode, out var current))
            {
                current = MonitoringThresholds.For(thresholds, evaluator.Year, regionCode);
                covering[regionCode] = current;
            }

            return current;
        }

        int examined = 0, evaluated = 0, changes = 0, conflicts = 0;
        var after = Guid.Empty;
        while (true)
        {
            // Keyset paging over the primary key, reading only what tells whether a household is due:
            // the households evaluated under the current figures already are never loaded or tracked.
            var page = await db.Households.AsNoTracking()
                .Where(h => h.Id.CompareTo(after) > 0)
                .OrderBy(h => h.Id)
                .Take(batch)
                .Select(h => new { h.Id, h.RegionCode, h.ThresholdsKey })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var due = page.Where(h => Current(h.RegionCode) is { } current && current.Key != h.ThresholdsKey).Select(h => h.Id).ToList();
            int batchEvaluated = 0, batchChanges = 0;
            if (due.Count > 0)
            {
                // Most of the page due (a province-wide change): its key range, read as the page was; else by id.
                var last = page[^1].Id;
                var households = due.Count * 2 > page.Count
                    ? await db.Households.Where(h => h.Id.CompareTo(after) > 0 && h.Id.CompareTo(last) <= 0).ToListAsync(cancellationToken)
                    : await IdSlices.ToListAsync(due, slice => db.Households.Where(h => slice.Contains(h.Id)), cancellationToken);
                foreach (var household in households)
                {
                    // Checked again on the tracked row: an official may have evaluated it since the page was read.
                    if (Current(household.RegionCode) is not { } current || current.Key == household.ThresholdsKey)
                    {
                        continue;
                    }

                    batchEvaluated++;
                    if (evaluator.Evaluate(household, current, actorId: null) is not null)
                    {
                        batchChanges++;
                    }
                }

                try
                {
                    await unitOfWork.SaveAsync(cancellationToken);
                }
                catch (ConflictException ex) when (ex.Code == ConcurrencyConflict.Code && ++conflicts <= MaxConflicts)
                {
                    // An official updated one of these households meanwhile (and evaluated it): read the page again.
                    continue;
                }

                db.ChangeTracker.Clear();
            }

            examined += page.Count;
            evaluated += batchEvaluated;
            changes += batchChanges;
            after = page[^1].Id;
        }

        return new EvaluateHouseholdsResult(examined, evaluated, changes);
    }
}
