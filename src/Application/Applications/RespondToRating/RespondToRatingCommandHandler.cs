using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RespondToRating;

internal sealed class RespondToRatingCommandHandler(IApplicationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RespondToRatingCommand, FollowUpDto>
{
    public const string AuditAction = "application.rating-followed-up";

    public async Task<FollowUpDto> Handle(RespondToRatingCommand request, CancellationToken cancellationToken)
    {
        var applications = db.Applications.ActionableBy(user).Select(a => a.Id);
        var followUp = await db.RatingFollowUps.FirstOrDefaultAsync(f => f.ApplicationId == request.Id && applications.Contains(f.ApplicationId), cancellationToken)
            ?? throw new NotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        followUp.Close(request.Response, user.RequiredId(), now);
        audit.Record(new AuditEntry(AuditAction, AuditObjects.Application, request.Id.ToString()));
        return followUp.ToDto(ChinaTime.DateOf(now));
    }
}

internal static class FollowUpMapping
{
    public static FollowUpDto ToDto(this RatingFollowUp f, DateOnly today) => new(
        f.IsOpen ? (f.IsOverdueOn(today) ? "overdue" : "open") : "closed",
        f.IsOpen
            ? (f.IsOverdueOn(today) ? Text.Pick("回访已逾期，已报督办", "Follow-up overdue; reported to the supervisors") : Text.Pick($"部门将于 {f.DueDate:yyyy-MM-dd} 前回访", $"The department will follow up by {f.DueDate:yyyy-MM-dd}"))
            : Text.Pick("部门已回访", "The department has followed up"),
        f.DueDate,
        f.Response,
        f.ClosedAt is { } closed ? ChinaTime.ToChinaOffset(closed) : null);
}
