using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Appeals;

/// <summary>撤回复核申请: the applicant withdraws the request for review before it is decided; the decision stands (ADR 0042).</summary>
[Authorize(Role.Resident)]
public sealed record WithdrawAppealCommand(Guid Id, string? Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}

internal sealed class WithdrawAppealCommandValidator : AbstractValidator<WithdrawAppealCommand>
{
    public WithdrawAppealCommandValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(ReliefApplication.ReasonMaxLength);
    }
}

internal sealed class WithdrawAppealCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<WithdrawAppealCommand>(db, user, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, WithdrawAppealCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.WithdrawAppeal(actor, nowUtc, request.Reason);
        return Task.CompletedTask;
    }
}
