using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Messaging.GetMessages;

internal sealed class GetMessagesQueryHandler(IApplicationDbContext db) : IRequestHandler<GetMessagesQuery, MessagesPageDto>
{
    public async Task<MessagesPageDto> Handle(GetMessagesQuery request, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrEmpty(request.Status))
        {
            var status = Enum.Parse<OutboxMessageStatus>(request.Status);
            query = query.Where(m => m.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.CreatedAt)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new MessagesPageDto(
            rows.Select(m => new MessageDto(
                m.Id,
                MobileNumber.Mask(m.Recipient),
                m.ApplicationId,
                m.Status.ToString(),
                m.Attempts,
                ChinaTime.ToChinaOffset(m.CreatedAt),
                m.SentAt is { } sent ? ChinaTime.ToChinaOffset(sent) : null,
                ChinaTime.ToChinaOffset(m.NextAttemptAt),
                m.LastError)).ToList(),
            total);
    }
}
