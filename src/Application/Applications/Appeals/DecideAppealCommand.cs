using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Appeals;

/// <summary>复核决定 (<c>Upheld</c> or <c>Overturned</c>): an officer of the office, not the one who decided, upholds or overturns the decision under review, with reasons.</summary>
[Authorize(Role.Caseworker)]
public sealed record DecideAppealCommand(Guid Id, string Outcome, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

internal sealed class DecideAppealCommandValidator : AbstractValidator<DecideAppealCommand>
{
    public DecideAppealCommandValidator()
    {
        RuleFor(c => c.Outcome).IsEnumName(typeof(AppealOutcome), caseSensitive: true)
            .WithMessage(_ => Text.Pick("请选择复核结论：维持原决定（Upheld）或撤销原决定（Overturned）。", "Choose the outcome: Upheld or Overturned."));
        RuleFor(c => c.Reason).Reason();
    }
}

internal sealed class DecideAppealCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars, ICatalog catalog)
    : ApplicationActionHandler<DecideAppealCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, DecideAppealCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)
            ?? throw new InvalidOperationException($"The item {application.ItemCode} is not in the catalog.");
        application.DecideAppeal(actor, nowUtc, await calendars.GetAsync(cancellationToken), Enum.Parse<AppealOutcome>(request.Outcome), request.Reason, item.TimeLimitWorkingDays, item.Procedure);
    }
}
