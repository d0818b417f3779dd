using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Monitoring.GetLeads;

/// <summary>The leads of the caller's county or region, oldest due date first; <paramref name="Open"/> only undecided ones.</summary>
[Authorize(Role.Caseworker, Role.Supervisor)]
public sealed record GetLeadsQuery(bool Open = false, bool Overdue = false, int Page = 1, int PageSize = 20) : IQuery<LeadPageDto>;

internal sealed class GetLeadsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetLeadsQuery, LeadPageDto>
{
    public async Task<LeadPageDto> Handle(GetLeadsQuery request, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var leads = db.Leads.AsNoTracking().VisibleTo(user);
        if (request.Open || request.Overdue)
        {
            leads = leads.Where(l => l.Decision == null);
        }

        if (request.Overdue)
        {
            leads = leads.Where(l => l.DueDate < today);
        }

        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var total = await leads.CountAsync(cancellationToken);
        var rows = await leads.OrderBy(l => l.DueDate).ThenBy(l => l.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new LeadPageDto([.. rows.Select(l => l.ToDto(today))], total, page, size);
    }
}
