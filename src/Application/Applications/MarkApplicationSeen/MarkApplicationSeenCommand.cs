using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.MarkApplicationSeen;

/// <summary>
/// A caseworker opened the case: the queue's mark of what the resident did (新补正材料, 已撤回, 差评)
/// goes. Sent by the console when the detail opens, since the detail's query does not write.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record MarkApplicationSeenCommand(Guid Id) : ICommand<Unit>;

internal sealed class MarkApplicationSeenCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<MarkApplicationSeenCommand, Unit>
{
    public async Task<Unit> Handle(MarkApplicationSeenCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.ActionableBy(user).FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        application.MarkSeen();
        return Unit.Value;
    }
}
