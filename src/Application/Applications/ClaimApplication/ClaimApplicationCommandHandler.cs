using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.ClaimApplication;

/// <summary>
/// The claim is a conditional update: the version token makes the second of two concurrent claims
/// fail on save (409), and a claim held by someone else is refused by the domain (409).
/// </summary>
internal sealed class ClaimApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<ClaimApplicationCommand>(db, user, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, ClaimApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.Claim(actor, nowUtc);
        return Task.CompletedTask;
    }
}
