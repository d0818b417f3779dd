using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.PreviewSms;

/// <summary>
/// The text the applicant would receive if the caseworker took <see cref="Action"/> now with the reason
/// and benefit being typed: worded by <see cref="ApplicantSms"/>, as the queued message will be.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record PreviewSmsQuery(Guid Id, string Action, string? Reason, string? Benefit) : IQuery<SmsPreviewDto>;

/// <summary><c>text</c>: the message, signature included (null when the step sends none); <c>length</c>: its characters as the SMS gateway counts them (at most 70).</summary>
public sealed record SmsPreviewDto(string? Text, int Length);

internal sealed class PreviewSmsQueryValidator : AbstractValidator<PreviewSmsQuery>
{
    public static readonly ApplicationAction[] Previewed =
        [ApplicationAction.Approved, ApplicationAction.Rejected, ApplicationAction.NotAccepted, ApplicationAction.InfoRequested];

    public PreviewSmsQueryValidator()
    {
        RuleFor(q => q.Action)
            .Must(a => Enum.TryParse<ApplicationAction>(a, ignoreCase: false, out var action) && Previewed.Contains(action))
            .WithMessage(_ => Text.Pick(
                "action 应为 " + string.Join("、", Previewed) + " 之一。",
                "action must be one of " + string.Join(", ", Previewed) + "."));
        RuleFor(q => q.Reason).MaximumLength(ReliefApplication.ReasonMaxLength)
            .WithMessage(_ => Text.Pick("理由太长了。", "The reason is too long."));
        RuleFor(q => q.Benefit).MaximumLength(ReliefApplication.BenefitMaxLength)
            .WithMessage(_ => Text.Pick("救助内容太长了。", "The benefit is too long."));
    }
}

internal sealed class PreviewSmsQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<PreviewSmsQuery, SmsPreviewDto>
{
    public async Task<SmsPreviewDto> Handle(PreviewSmsQuery request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().ActionableBy(user).FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();

        // As the domain will store them: trimmed, and a blank benefit is none.
        var reason = request.Reason?.Trim();
        var benefit = string.IsNullOrWhiteSpace(request.Benefit) ? null : request.Benefit.Trim();
        var facts = SmsFacts.Of(
            application, await catalog.GetAsync(cancellationToken), await calendars.GetAsync(cancellationToken), ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime), reason, benefit);
        var text = ApplicantSms.Of(Enum.Parse<ApplicationAction>(request.Action), facts);
        return new SmsPreviewDto(text, text is null ? 0 : ApplicantSms.Length(text));
    }
}
