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
            throw new ConflictException("concurrency-conflict", Text.Pick("这条线索已被他人处理，请刷新。", "Someone else changed this lead; reload it."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        lead.Decide(Enum.Parse<LeadDecision>(request.Decision), request.Reason.Trim(), request.NoticeFrom, user.Id!.Value, now);
        audit.Record(new AuditEntry("lead.decided", AuditObjects.Lead, lead.Id.ToString(), Detail: request.Decision));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("concurrency-conflict", Text.Pick("这条线索已被他人处理，请刷新。", "Someone else changed this lead; reload it."));
        }

        return lead.ToDto(ChinaTime.DateOf(now));
    }
}
