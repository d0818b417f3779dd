using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Monitoring;

namespace ReliefPlatform.Application.Monitoring.DecideLead;

internal sealed class DecideLeadCommandHandler(IApplicationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock) : IRequestHandler<DecideLeadCommand, LeadDto>
{
    public async Task<LeadDto> Handle(DecideLeadCommand request, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.EditableBy(user).FirstOrDefaultAsync(l => l.Id == request.Id, cancellationToken) ?? throw new NotFoundException();
        if (request.ExpectedVersion is { } expected && expected != lead.Version)
        {
            throw ConcurrencyConflict.Create(typeof(Lead));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        lead.Decide(Enum.Parse<LeadDecision>(request.Decision), request.Reason.Trim(), request.NoticeFrom, user.Id!.Value, now);
        audit.Record(new AuditEntry("lead.decided", AuditObjects.Lead, lead.Id.ToString(), Detail: request.Decision));
        return lead.ToDto(ChinaTime.DateOf(now));
    }
}
