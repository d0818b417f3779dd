using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.GetDraft;

internal sealed class GetDraftQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetDraftQuery, DraftDto>
{
    public async Task<DraftDto> Handle(GetDraftQuery request, CancellationToken cancellationToken)
    {
        var residentId = user.RequiredId();
        var draft = await db.Drafts.AsNoTracking()
            .Where(d => d.ResidentId == residentId && d.ItemCode == request.ItemCode.Value)
            .Select(d => new { d.ItemCode, d.DataJson, d.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        using var data = JsonDocument.Parse(draft.DataJson);
        return new DraftDto(draft.ItemCode, data.RootElement.Clone(), ChinaTime.ToChinaOffset(draft.UpdatedAt));
    }
}
