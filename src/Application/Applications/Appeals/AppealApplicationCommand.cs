using FluentValidation;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Appeals;

/// <summary>申请复核: the applicant asks the office to review its refusal or non-acceptance, in their words, with photos (ADR 0042).</summary>
[Authorize(Role.Resident)]
public sealed record AppealApplicationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }

    /// <summary>Photos or files uploaded with the request (POST /api/v1/attachments).</summary>
    public IReadOnlyList<Guid>? AttachmentIds { get; init; }
}

internal sealed class AppealApplicationCommandValidator : AbstractValidator<AppealApplicationCommand>
{
    public AppealApplicationCommandValidator()
    {
        // The period and the minimum length are the catalog's and are checked by the domain; this only keeps out what no rule could take.
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => Text.Pick("请写明申请复核的理由。", "State why the decision should be reviewed."))
            .MaximumLength(AppealRules.ReasonMaxLength);
        RuleFor(c => c.AttachmentIds).Must(ids => ids is null || ids.Count <= AttachmentLinks.MaxPerRequest);
    }
}

internal sealed class AppealApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars, ICatalog catalog)
    : ApplicationActionHandler<AppealApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, AppealApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var rules = (await catalog.GetAsync(cancellationToken)).Appeal;
        application.FileAppeal(actor, nowUtc, await calendars.GetAsync(cancellationToken), rules, request.Reason);
        await AttachmentLinks.LinkAsync(Db, actor.Id ?? throw new UnauthorizedAccessException(), request.AttachmentIds, application.Id, AttachmentStage.Appeal, cancellationToken);
    }
}
