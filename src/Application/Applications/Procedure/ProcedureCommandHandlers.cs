using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Procedure;

internal sealed class CompleteStageCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<CompleteStageCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, CompleteStageCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!;

        // A notice shows the household as the visit found it.
        var householdSize = await Db.HomeVisits.Where(v => v.ApplicationId == application.Id)
            .OrderByDescending(v => v.RecordedAt).Select(v => v.HouseholdSize).FirstOrDefaultAsync(cancellationToken);
        application.CompleteStage(actor, nowUtc, await calendars.GetAsync(cancellationToken), item.Procedure, request.Note, request.RecommendApproval, request.ProposedBenefit, householdSize);
    }
}

internal sealed class SendBackCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<SendBackCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, SendBackCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!;
        application.SendBack(actor, nowUtc, await calendars.GetAsync(cancellationToken), item.Procedure, request.Reason);
    }
}

internal sealed class RecordHomeVisitCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IMeansCheck meansCheck)
    : ApplicationActionHandler<RecordHomeVisitCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, RecordHomeVisitCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var procedure = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!.Procedure;
        var means = procedure[application.StageKey].MeansCheck
            ? await meansCheck.CheckAsync(application.ApplicantIdNumber, request.HouseholdSize, cancellationToken)
            : null;
        var visit = application.RecordHomeVisit(
            actor, nowUtc, procedure,
            new HomeVisitReport(request.VisitedOn, request.Visitors, request.HouseholdSize, request.MembersUnableToWork, request.MonthlyIncomeYuan, request.Housing, request.Findings),
            means);

        // The photos taken on this case and sent ahead of the record (ADR 0040); each becomes the visit's.
        var wanted = request.PhotoIds?.Distinct().ToList() ?? [];
        if (wanted.Count == 0)
        {
            return;
        }

        var photos = await Db.Attachments
            .Where(a => wanted.Contains(a.Id) && a.ApplicationId == application.Id && a.Stage == AttachmentStage.HomeVisit && a.HomeVisitId == null)
            .ToListAsync(cancellationToken);
        if (photos.Count != wanted.Count)
        {
            throw new ValidationException("photoIds", Text.Pick("有的照片找不到了，请重新上传。", "Some of the photos were not found; upload them again."));
        }

        photos.ForEach(p => p.AttachToVisit(visit.Id));
    }
}

internal sealed class ResolveObjectionCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICatalog catalog, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<ResolveObjectionCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, ResolveObjectionCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var objection = await Db.NoticeObjections.FirstOrDefaultAsync(o => o.Id == request.ObjectionId && o.ApplicationId == application.Id, cancellationToken)
            ?? throw new NotFoundException();
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(application.ItemCode)!;
        application.ResolveObjection(objection, request.Upheld, request.Resolution, actor, nowUtc, await calendars.GetAsync(cancellationToken), item.Procedure);
    }
}
