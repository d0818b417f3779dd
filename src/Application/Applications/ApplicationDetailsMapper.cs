using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications.GetApplicationDetails;
using ReliefPlatform.Application.Applications.RateApplication;
using ReliefPlatform.Application.Applications.RespondToRating;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Applications;

/// <summary>
/// Turns an application into what its readers see: China time, masked identifiers, the live due
/// date and SLA state. Used by the detail query and by every action that answers with the detail.
/// </summary>
internal sealed class ApplicationDetailsMapper(IApplicationDbContext db, ICatalog catalog, IWorkingCalendarProvider calendars, IRegionDirectory regions, ICurrentUser user, TimeProvider clock)
{
    // Between the department and its supervisors: residents see the outcome (the new due date, the decision), not the asking or the 督办.
    private static readonly ApplicationAction[] InternalSteps = [ApplicationAction.ExtensionRequested, ApplicationAction.ExtensionRefused, ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned, ApplicationAction.Released];

    public async Task<ApplicationDetailsDto> ToDtoAsync(ReliefApplication a, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var item = snapshot.FindItem(a.ItemCode);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var lifecycle = ApplicationLifecycle.Of(a.Status);
        var running = lifecycle.Clock == ClockState.Running;
        var paused = lifecycle.Clock == ClockState.Paused;
        var resident = user.Role == Role.Resident;

        var attachments = await db.Attachments.AsNoTracking().Where(x => x.ApplicationId == a.Id).OrderBy(x => x.UploadedAt).ToListAsync(cancellationToken);
        var rating = await db.Ratings.AsNoTracking().Where(r => r.ApplicationId == a.Id)
            .Select(r => new { r.Score, r.Comment, r.RatedAt }).FirstOrDefaultAsync(cancellationToken);
        var followUp = await db.RatingFollowUps.AsNoTracking().FirstOrDefaultAsync(f => f.ApplicationId == a.Id, cancellationToken);
        var related = resident ? [] : await RelatedAsync(a, snapshot, cancellationToken);
        var staffNames = await StaffNamesAsync(a, resident, cancellationToken);

        using var answers = JsonDocument.Parse(a.AnswersJson);
        return new ApplicationDetailsDto(
            a.Id,
            a.TrackingNumber,
            a.Status.ToString(),
            a.ItemCode,
            item?.Name ?? a.ItemCode,
            item?.NameEn ?? a.ItemCode,
            a.DepartmentCode,
            a.RegionCode,
            regions.Find(a.RegionCode)?.Name,
            new ApplicantDto(a.Applicant.Name, ResidentIdNumber.Mask(a.Applicant.IdNumber), MobileNumber.Mask(a.Applicant.Phone)),
            answers.RootElement.Clone(),
            Applicant.MaskText(a.Description),
            a.Channel.ToString(),
            ChinaTime.ToChinaOffset(a.SubmittedAt),
            a.AcceptedAt is { } accepted ? ChinaTime.ToChinaOffset(accepted) : null,
            a.CompletedAt is { } completed ? ChinaTime.ToChinaOffset(completed) : null,
            a.DueDate,
            running ? a.SlaOn(today, calendar).ToString() : null,
            paused,
            a.PausedWorkingDays,
            running ? calendar.WorkingDaysBetween(today, a.DueDate) : null,
            a.ExtendedWorkingDays,
            !resident && a.PendingExtension is { } pending ? new PendingExtensionInfo(pending.WorkingDays, pending.Reason, ChinaTime.ToChinaOffset(pending.RequestedAt)) : null,
            a.DecisionReason,
            a.Benefit,
            a.Version,
            resident ? null : a.Holder?.StaffId,
            a.History.Where(h => !resident || !InternalSteps.Contains(h.Action)).OrderBy(h => h.Sequence)
                .Select(h => new HistoryEntryDto(
                    h.Action.ToString(), ChinaTime.ToChinaOffset(h.At), h.ActorRole.ToString(), h.Reason, h.FromStatus?.ToString(), h.ToStatus.ToString())
                {
                    ByName = !resident && h.ActorRole != Role.Resident && h.ActorId is { } actorId ? staffNames.GetValueOrDefault(actorId)?.DisplayName : null,
                })
                .ToList(),
            resident ? null : a.SupervisionNotes.OrderBy(n => n.IssuedAt)
                .Select(n => new SupervisionNoteDto(
                    n.Id, n.SupervisorUsername, n.RegionCode, n.Note, n.Deadline, ChinaTime.ToChinaOffset(n.IssuedAt),
                    n.ClosedAt is { } closed ? ChinaTime.ToChinaOffset(closed) : null, n.IsLapsedOn(today)))
                .ToList())
        {
            AllowedActions = a.AllowedActionsFor(user.ToActor()).OfCallersRole(user),
            Clock = lifecycle.Clock.ToString(),
            DeadlinePhase = lifecycle.Phase?.ToString(),
            Attachments = attachments.Select(x => x.ToDto()).ToList(),
            Rating = rating is null ? null : new RatingDto(rating.Score, rating.Comment, ChinaTime.ToChinaOffset(rating.RatedAt)),
            FollowUp = followUp?.ToDto(today),
            Related = related,
            InformationRequest = paused ? InformationRequestOf(a, item) : null,
            FiledBy = a.FiledByStaffId is { } filer && staffNames.GetValueOrDefault(filer) is { } official ? new FiledByDto(official.DisplayName, official.DepartmentCode) : null,
            AssignedToName = !resident && a.Holder?.StaffId is { } holder ? staffNames.GetValueOrDefault(holder)?.DisplayName : null,
        };
    }

    private static InformationRequestDto? InformationRequestOf(ReliefApplication a, ServiceItem? item)
    {
        var request = a.History.Where(h => h.Action == ApplicationAction.InfoRequested).MaxBy(h => h.Sequence);
        if (request is null)
        {
            return null;
        }

        var documents = a.RequestedDocumentKeys
            .Select(key => item?.Documents.FirstOrDefault(d => d.Key == key) is { } d ? new RequestedDocumentDto(d.Key, d.Name, d.NameEn) : new RequestedDocumentDto(key, key, key))
            .ToList();
        return new InformationRequestDto(request.Reason, documents, ChinaTime.ToChinaOffset(request.At));
    }

    /// <summary>The display names of the staff on the case, in one query; residents see only the official who filed for them.</summary>
    private async Task<Dictionary<Guid, StaffName>> StaffNamesAsync(ReliefApplication a, bool resident, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        if (a.FiledByStaffId is { } filer)
        {
            ids.Add(filer);
        }

        if (!resident)
        {
            if (a.Holder?.StaffId is { } holder)
            {
                ids.Add(holder);
            }

            ids.UnionWith(a.History.Where(h => h.ActorRole != Role.Resident && h.ActorId is not null).Select(h => h.ActorId!.Value));
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.StaffUsers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.DisplayName, s.DepartmentCode }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new StaffName(r.DisplayName, r.DepartmentCode));
    }

    /// <summary>
    /// Other applications of the applicant, and of the members of the applicant's registered household,
    /// in any department: open ones, and ones decided in the last year. Only what a caseworker needs to
    /// adjudicate an overlap: item, department, status and date, never the other case's contents.
    /// </summary>
    private async Task<IReadOnlyList<RelatedApplicationDto>> RelatedAsync(ReliefApplication a, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (a.ApplicantIdIndex is not { } own)
        {
            return [];
        }

        var indexes = await db.Households.Where(h => h.Members.Any(m => m.IdIndex == own))
            .SelectMany(h => h.Members.Select(m => m.IdIndex)).ToListAsync(cancellationToken);
        indexes.Add(own);
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var others = await db.Applications.AsNoTracking()
            .Where(o => o.Id != a.Id && o.ApplicantIdIndex != null && indexes.Contains(o.ApplicantIdIndex) && (o.CompletedAt == null || o.CompletedAt >= since))
            .OrderByDescending(o => o.SubmittedAt)
            .Take(20)
            .Select(o => new { o.TrackingNumber, o.ItemCode, o.DepartmentCode, o.Status, o.SubmittedAt, o.ApplicantIdIndex })
            .ToListAsync(cancellationToken);
        return [.. others.Select(o =>
        {
            var same = o.ApplicantIdIndex == own;
            var (zh, en) = OverlapRules.Explain(a.ItemCode, o.ItemCode, same);
            var other = snapshot.FindItem(o.ItemCode);
            return new RelatedApplicationDto(
                o.TrackingNumber, o.ItemCode, other is null ? o.ItemCode : Text.Pick(other.Name, other.NameEn), o.DepartmentCode, o.Status.ToString(),
                ChinaTime.ToChinaOffset(o.SubmittedAt), same, OverlapRules.IsWarning(a.ItemCode, o.ItemCode), Text.Pick(zh, en));
        })];
    }

    private sealed record StaffName(string DisplayName, string? DepartmentCode);
}
