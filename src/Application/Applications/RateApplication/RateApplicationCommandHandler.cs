using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RateApplication;

internal sealed class RateApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, IAuditTrail audit, IWorkingCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<RateApplicationCommand, RatingDto>
{
    public const string AuditAction = "application.rated";

    public async Task<RatingDto> Handle(RateApplicationCommand request, CancellationToken cancellationToken)
    {
        // Tracked: a poor rating marks the case for its caseworkers.
        var application = await db.Applications.VisibleTo(user).FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();

        // One rating per application: the key is the application, so a concurrent second one fails on it too.
        if (await db.Ratings.AnyAsync(r => r.ApplicationId == application.Id, cancellationToken))
        {
            throw new ConflictException("already-rated", Text.Pick("这件申请已经评价过了。", "This application has already been rated."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rating = ApplicationRating.Give(application, user.RequiredId(), request.Score, request.Comment, now);
        db.Ratings.Add(rating);

        // 差评 closes the loop: the department must follow up within five working days.
        if (rating.IsPoor)
        {
            db.RatingFollowUps.Add(RatingFollowUp.Open(rating, application, now, await calendars.GetAsync(cancellationToken)));
            application.RatedPoorly(rating, now);
        }

        audit.Record(new AuditEntry(AuditAction, AuditObjects.Application, application.Id.ToString(), Detail: $"score {rating.Score}"));
        return new RatingDto(rating.Score, rating.Comment, ChinaTime.ToChinaOffset(rating.RatedAt));
    }
}
