using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Drafts.DeleteDraft;

internal sealed class DeleteDraftCommandHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<DeleteDraftCommand, Unit>
{
    public async Task<Unit> Handle(DeleteDraftCommand request, CancellationToken cancellationToken)
    {
        var residentId = user.RequiredId();
        var draft = await db.Drafts.FirstOrDefaultAsync(d => d.ResidentId == residentId && d.ItemCode == request.ItemCode.Value, cancellationToken)
            ?? throw new NotFoundException();
        db.Drafts.Remove(draft);
        return Unit.Value;
    }
}
