using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.SetThresholds;

internal sealed class SetThresholdsCommandHandler(IApplicationDbContext db, IJobScheduler jobs, IAuditTrail audit, AfterCommit afterCommit, TimeProvider clock) : IRequestHandler<SetThresholdsCommand, ThresholdsDto>
{
    public async Task<ThresholdsDto> Handle(SetThresholdsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var thresholds = await db.MonitoringThresholds.FirstOrDefaultAsync(t => t.Year == request.Year && t.RegionCode == request.RegionCode.Value, cancellationToken);
        if (thresholds is null)
        {
            thresholds = new MonitoringThresholds(request.Year, request.RegionCode, request.PovertyLine, request.WarningFactor, request.MonitoringLine, request.LargeSpendingLine, now);
            db.MonitoringThresholds.Add(thresholds);
        }
        else
        {
            thresholds.Change(request.PovertyLine, request.WarningFactor, request.MonitoringLine, request.LargeSpendingLine, now);
        }

        audit.Record(new AuditEntry(
            "monitoring.thresholds-set", AuditObjects.MonitoringThresholds, $"{request.Year}/{request.RegionCode}",
            Detail: $"poverty {request.PovertyLine}, factor {request.WarningFactor}, monitoring {request.MonitoringLine}, large spending {request.LargeSpendingLine}"));

        // The households re-evaluate in the background, reading the saved figures; the hourly run would catch up anyway.
        afterCommit.Add(ct => jobs.TriggerAsync(EvaluateHouseholds.EvaluateHouseholdsCommand.JobName, ct));
        return thresholds.ToDto();
    }
}

internal static class ThresholdsMapping
{
    public static ThresholdsDto ToDto(this MonitoringThresholds t) =>
        new(t.Year, t.RegionCode, t.PovertyLine, t.WarningFactor, t.WarningLine, t.MonitoringLine, t.LargeSpendingLine, t.Revision, t.ChangedAt);
}
