using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.EvaluateHouseholds;

/// <summary>
/// The <c>evaluate-households</c> job: every household whose last evaluation was under other figures
/// than those covering it now (a threshold change, a new year) is evaluated again, in batches, each
/// its own save, so it can run beside the service and stop anywhere.
/// </summary>
public sealed record EvaluateHouseholdsCommand(int BatchSize = 1_000) : IRequest<EvaluateHouseholdsResult>
{
    public const string JobName = "evaluate-households";
}

public sealed record EvaluateHouseholdsResult(int Examined, int Evaluated, int LevelChanges);

internal sealed class EvaluateHouseholdsCommandHandler(IApplicationDbContext db, HouseholdEvaluator evaluator) : IRequestHandler<EvaluateHouseholdsCommand, EvaluateHouseholdsResult>
{
    private const int MaxConflicts = 10;

    public async Task<EvaluateHouseholdsResult> Handle(EvaluateHouseholdsCommand request, CancellationToken cancellationToken)
    {
        var thresholds = await evaluator.ThresholdsAsync(cancellationToken);
        var batch = Math.Clamp(request.BatchSize, 1, 10_000);
        int examined = 0, evaluated = 0, changes = 0, conflicts = 0;
        var after = Guid.Empty;
        while (true)
        {
            // Keyset paging over the primary key; the figures are looked up in memory (a few rows per year).
            var households = await db.Households
                .Where(h => h.Id.CompareTo(after) > 0)
                .OrderBy(h => h.Id)
                .Take(batch)
                .ToListAsync(cancellationToken);
            if (households.Count == 0)
            {
                break;
            }

            examined += households.Count;
            foreach (var household in households)
            {
                var current = MonitoringThresholds.For(thresholds, evaluator.Year, household.RegionCode);
                if (current is null || current.Key == household.ThresholdsKey)
                {
                    continue;
                }

                evaluated++;
                if (evaluator.Evaluate(household, thresholds, actorId: null) is not null)
                {
                    changes++;
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (++conflicts <= MaxConflicts)
            {
                // An official updated one of these households meanwhile (and evaluated it): read the batch again.
                db.ChangeTracker.Clear();
                examined -= households.Count;
                continue;
            }

            db.ChangeTracker.Clear();
            after = households[^1].Id;
        }

        return new EvaluateHouseholdsResult(examined, evaluated, changes);
    }
}
