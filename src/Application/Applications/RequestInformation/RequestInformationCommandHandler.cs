using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.RequestInformation;

internal sealed class RequestInformationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, ApplicationDetailsMapper mapper, TimeProvider clock)
    : ApplicationActionHandler<RequestInformationCommand>(db, user, mapper, clock)
{
    protected override Task ApplyAsync(ReliefApplication application, RequestInformationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        application.RequestInformation(actor, nowUtc, request.Reason);
        return Task.CompletedTask;
    }
}
