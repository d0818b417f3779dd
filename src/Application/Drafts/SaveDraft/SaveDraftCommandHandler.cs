using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Drafts;

namespace ReliefPlatform.Application.Drafts.SaveDraft;

internal sealed class SaveDraftCommandHandler(IApplicationDbContext db, ICatalog catalog, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveDraftCommand, DraftDto>
{
    public async Task<DraftDto> Handle(SaveDraftCommand request, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(request.ItemCode) ?? throw new NotFoundException();
        var residentId = user.RequiredId();
        var now = clock.GetUtcNow().UtcDateTime;
        var json = JsonSerializer.Serialize(request.Data);

        var draft = await db.Drafts.FirstOrDefaultAsync(d => d.ResidentId == residentId && d.ItemCode == item.Code, cancellationToken);
        if (draft is null)
        {
            draft = ApplicationDraft.Start(residentId, item, json, now);
            db.Drafts.Add(draft);
        }
        else
        {
            draft.Save(json, now);
        }

        return new DraftDto(draft.ItemCode, request.Data.Clone(), ChinaTime.ToChinaOffset(draft.UpdatedAt));
    }
}
