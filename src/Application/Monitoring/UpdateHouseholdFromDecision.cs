using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Events;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring;

/// <summary>
/// Closes the loop from decisions to the register: an approved 低保 gives the applicant's registered
/// household its verified income per person, an approved critical-illness aid or treatment marks a serious
/// illness; the household is evaluated again in the same transaction, and a change of level is kept.
/// </summary>
internal sealed class UpdateHouseholdFromDecision(IApplicationDbContext db, HouseholdEvaluator evaluator, ICurrentUser user, TimeProvider clock)
    : INotificationHandler<DomainEventNotification<ApplicationStatusChangedDomainEvent>>
{
    private static readonly string[] SeriousIllnessItems = ["medins.critical-illness-aid", "health.critical-treatment"];

    public async Task Handle(DomainEventNotification<ApplicationStatusChangedDomainEvent> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        if (e.Action != ApplicationAction.Approved)
        {
            return;
        }

        var application = db.Applications.Local.FirstOrDefault(a => a.Id == e.ApplicationId)
            ?? await db.Applications.FirstAsync(a => a.Id == e.ApplicationId, cancellationToken);
        var dibao = application.ItemCode == "civil.dibao";
        var illness = SeriousIllnessItems.Contains(application.ItemCode);
        if ((!dibao && !illness) || application.ApplicantIdIndex is not { } index)
        {
            return;
        }

        var households = await db.Households.Where(h => h.Members.Any(m => m.IdIndex == index)).ToListAsync(cancellationToken);
        if (households.Count == 0)
        {
            return;
        }

        var income = dibao ? IncomeOf(application.AnswersJson) : null;
        var thresholds = await evaluator.ThresholdsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var household in households.Where(h => h.Learn(income, illness ? Hardship.SeriousIllness : Hardship.None, now)))
        {
            evaluator.Evaluate(household, thresholds, user.Id);
        }
    }

    private static decimal? IncomeOf(string answersJson)
    {
        using var answers = JsonDocument.Parse(answersJson);
        return answers.RootElement.TryGetProperty("annualIncomePerPerson", out var value) && value.TryGetDecimal(out var income) ? income : null;
    }
}
