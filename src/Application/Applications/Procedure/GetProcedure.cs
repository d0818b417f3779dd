using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.Procedure;

/// <summary>
/// An application's way through its item's procedure: each stage done, in progress or to come, with the
/// date it ended or is expected to end, in the words a resident reads. Staff also get the home visits and
/// the objections to the notices.
/// </summary>
[Authorize(Role.Resident, Role.Caseworker, Role.Supervisor)]
public sealed record GetProcedureQuery(Guid Id) : IQuery<ProcedureDto>;

public sealed record ProcedureDto(Guid Id, bool Staged, IReadOnlyList<ProcedureStageDto> Stages)
{
    public IReadOnlyList<HomeVisitDto>? HomeVisits { get; init; }

    public IReadOnlyList<ObjectionDto>? Objections { get; init; }
}

/// <summary>
/// One stage of the procedure as the case stands: <c>State</c> is <c>Done</c>, <c>Current</c>, <c>Upcoming</c>
/// or <c>Skipped</c> (a notice after a recommendation to refuse); <c>ExpectedBy</c> the day it ended, or is
/// expected to end (the stage's due date, then each later stage's share added on); <c>Times</c> how often
/// the case has been in it (a send-back repeats a stage).
/// </summary>
public sealed record ProcedureStageDto(
    string Key, string Kind, string Name, string Office, string State, string ResidentText, DateOnly? ExpectedBy, int Times);

/// <summary>A home visit as staff read it; <c>photoIds</c> are its photos, each opened at /api/v1/attachments/{id} (audited).</summary>
public sealed record HomeVisitDto(
    Guid Id, DateOnly VisitedOn, string Visitors, int HouseholdSize, int MembersUnableToWork, decimal MonthlyIncomeYuan, string Housing, string Findings, string? MeansCheck,
    DateTimeOffset RecordedAt, IReadOnlyList<Guid> PhotoIds);

public sealed record ObjectionDto(Guid Id, string Text, string? Contact, DateTimeOffset RaisedAt, DateOnly DueDate, bool Open, bool? Upheld, string? Resolution);

internal sealed class GetProcedureQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars)
    : IRequestHandler<GetProcedureQuery, ProcedureDto>
{
    public async Task<ProcedureDto> Handle(GetProcedureQuery request, CancellationToken cancellationToken)
    {
        var a = await db.Applications.AsNoTracking().VisibleTo(user).Where(x => x.Id == request.Id)
            .Select(x => new { x.Id, x.ItemCode, x.Status, x.Staged, x.StageKey, x.StageSequence, x.StageDueDate, x.NoticeEndsOn, x.RecommendedApproval })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var records = await db.StageRecords.AsNoTracking().Where(r => r.ApplicationId == a.Id).OrderBy(r => r.Sequence)
            .Select(r => new { r.StageKey, r.EndedAt, r.Outcome }).ToListAsync(cancellationToken);
        var item = (await catalog.GetAsync(cancellationToken)).FindItem(a.ItemCode);
        var calendar = await calendars.GetAsync(cancellationToken);
        var procedure = item?.Procedure ?? ProcedureChain.Of(null, 1);
        var open = a.Status.IsOpen();
        var current = procedure.IndexOf(a.StageKey);

        var stages = new List<ProcedureStageDto>();
        DateOnly? expected = open ? a.StageDueDate : null;
        for (var i = 0; i < procedure.Stages.Count; i++)
        {
            var stage = procedure.Stages[i];
            var done = records.Where(r => r.StageKey == stage.Key && r.Outcome == StageOutcome.Completed).ToList();
            var times = records.Count(r => r.StageKey == stage.Key) + (open && i == current ? 1 : 0);
            string state;
            DateOnly? by;
            if (open && i == current)
            {
                state = "Current";
                by = stage.Kind == StageKind.PublicNotice ? a.NoticeEndsOn : a.StageDueDate;
            }
            else if (open && i > current)
            {
                var skipped = stage.OnlyWhenRecommendingApproval && a.RecommendedApproval == false;
                state = skipped ? "Skipped" : "Upcoming";
                if (!skipped && expected is { } from)
                {
                    expected = stage.CalendarDays is { } days ? calendar.AddWorkingDays(from.AddDays(days), 1) : calendar.AddWorkingDays(from, stage.WorkingDays ?? 0);
                }

                by = skipped ? null : expected;
            }
            else if (done.Count > 0)
            {
                state = "Done";
                by = ChinaTime.DateOf(done[^1].EndedAt);
            }
            else
            {
                state = !open && i == current ? "Done" : "Skipped";
                by = null;
            }

            var text = Text.Pick(stage.ResidentText, stage.ResidentTextEn)
                .Replace("{end}", a.NoticeEndsOn is { } ends && i == current ? Text.Pick($"{ends.Month}月{ends.Day}日", $"{ends:d MMMM}") : Text.Pick("公示期满", "the end of the notice"), StringComparison.Ordinal);
            stages.Add(new ProcedureStageDto(stage.Key, stage.Kind.ToString(), Text.Pick(stage.Name, stage.NameEn), stage.Office.ToString(), state, text, by, times));
        }

        var dto = new ProcedureDto(a.Id, a.Staged, stages);
        if (user.Role == Role.Resident)
        {
            return dto;
        }

        var visits = await db.HomeVisits.AsNoTracking().Where(v => v.ApplicationId == a.Id).OrderBy(v => v.RecordedAt).ToListAsync(cancellationToken);
        var photos = (await db.Attachments.AsNoTracking().Where(p => p.ApplicationId == a.Id && p.HomeVisitId != null)
            .OrderBy(p => p.UploadedAt).Select(p => new { p.Id, p.HomeVisitId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.HomeVisitId!.Value, p => p.Id);
        var objections = await db.NoticeObjections.AsNoTracking().Where(o => o.ApplicationId == a.Id).OrderBy(o => o.RaisedAt).ToListAsync(cancellationToken);
        return dto with
        {
            HomeVisits = [.. visits.Select(v => new HomeVisitDto(v.Id, v.VisitedOn, v.Visitors, v.HouseholdSize, v.MembersUnableToWork, v.MonthlyIncomeYuan, v.Housing, v.Findings, v.MeansCheck, ChinaTime.ToChinaOffset(v.RecordedAt), [.. photos[v.Id]]))],
            Objections = [.. objections.Select(o => new ObjectionDto(o.Id, o.Content, o.Contact, ChinaTime.ToChinaOffset(o.RaisedAt), o.DueDate, o.IsOpen, o.Upheld, o.Resolution))],
        };
    }
}
