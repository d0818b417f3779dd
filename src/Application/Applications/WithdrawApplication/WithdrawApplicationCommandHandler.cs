using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.WithdrawApplication;

internal sealed class WithdrawApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<WithdrawApplicationCommand>(db, user, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, WithdrawApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Withdraw(actor, nowUtc, request.Reason);
        return Task.CompletedTask;
    }
}
