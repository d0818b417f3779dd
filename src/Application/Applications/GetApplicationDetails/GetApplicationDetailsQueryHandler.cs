using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications.Procedure;
using ReliefPlatform.Application.Applications.RateApplication;
using ReliefPlatform.Application.Applications.RespondToRating;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Attachments;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Applications.GetApplicationDetails;

/// <summary>
/// The detail as its readers see it (China time, masked identifiers, the live due date and SLA state),
/// projected from the caller's scope without loading the aggregate: one statement for the case with its
/// rating, follow-up and staff names, one each for its history, 督办 notes and attachments, and for staff
/// one for the applicant's related cases.
/// </summary>
internal sealed class GetApplicationDetailsQueryHandler(
    IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IWorkingCalendarProvider calendars, IRegionDirectory regions, TimeProvider clock)
    : IRequestHandler<GetApplicationDetailsQuery, ApplicationDetailsDto>
{
    // Between the department and its supervisors: residents see the outcome (the new due date, the decision), not the asking or the 督办.
    private static readonly ApplicationAction[] InternalSteps = [ApplicationAction.ExtensionRequested, ApplicationAction.ExtensionRefused, ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned, ApplicationAction.Released];

    public async Task<ApplicationDetailsDto> Handle(GetApplicationDetailsQuery request, CancellationToken cancellationToken)
    {
        var staff = db.StaffUsers;
        // The rating, its follow-up and the filer are one row each at most (unique keys), so plain left
        // joins; FirstOrDefault there would number every row of their tables to pick one.
        var query =
            from a in db.Applications.AsNoTracking().VisibleTo(user).Where(a => a.Id == request.Id)
            join r in db.Ratings on a.Id equals r.ApplicationId into ratings
            from r in ratings.DefaultIfEmpty()
            join f in db.RatingFollowUps on a.Id equals f.ApplicationId into followUps
            from f in followUps.DefaultIfEmpty()
            join filer in staff on a.FiledByStaffId equals filer.Id into filers
            from filer in filers.DefaultIfEmpty()
            select new DetailRow
            {
                Id = a.Id,
                TrackingNumber = a.TrackingNumber,
                Status = a.Status,
                ItemCode = a.ItemCode,
                DepartmentCode = a.DepartmentCode,
                RegionCode = a.RegionCode,
                ApplicantName = a.ApplicantName,
                ApplicantIdNumber = a.ApplicantIdNumber,
                ApplicantPhone = a.ApplicantPhone,
                ApplicantIdIndex = a.ApplicantIdIndex,
                AnswersJson = a.AnswersJson,
                Description = a.Description,
                Channel = a.Channel,
                SubmittedAt = a.SubmittedAt,
                AcceptedAt = a.AcceptedAt,
                CompletedAt = a.CompletedAt,
                DueDate = a.DueDate,
                PausedWorkingDays = a.PausedWorkingDays,
                ExtendedWorkingDays = a.ExtendedWorkingDays,
                PendingExtensionDays = (int?)a.PendingExtension!.WorkingDays,
                PendingExtensionReason = a.PendingExtension!.Reason,
                PendingExtensionRequestedAt = (DateTime?)a.PendingExtension!.RequestedAt,
                DecisionReason = a.DecisionReason,
                Benefit = a.Benefit,
                RequestedDocuments = a.RequestedDocuments,
                Version = a.Version,
                AssignedToStaffId = (Guid?)a.Holder!.StaffId,
                ResidentNews = a.ResidentNews,
                History = a.History.OrderBy(h => h.Sequence)
                    .Select(h => new HistoryRow(h.Action, h.At, h.ActorRole, h.Reason, h.FromStatus, h.ToStatus, staff.Where(s => s.Id == h.ActorId).Select(s => s.DisplayName).FirstOrDefault()))
                    .ToList(),
                SupervisionNotes = a.SupervisionNotes.OrderBy(n => n.IssuedAt).ToList(),
                Attachments = db.Attachments.Where(x => x.ApplicationId == a.Id && x.Stage != AttachmentStage.HomeVisit).OrderBy(x => x.UploadedAt).ToList(),
                Rating = r == null ? null : new RatingRow(r.Score, r.Comment, r.RatedAt),
                FollowUp = f,
                FiledBy = filer == null ? null : new FiledByDto(filer.DisplayName, filer.DepartmentCode),
                HolderName = staff.Where(s => s.Id == a.Holder!.StaffId).Select(s => s.DisplayName).FirstOrDefault(),
                Relationship = a.Relationship,
                FilerVerified = a.FilerVerified,
                FilerVerifiedName = db.Residents.Where(x => x.Id == a.ResidentId).Select(x => x.VerifiedName).FirstOrDefault(),
                DuplicateOfId = a.DuplicateOfId,
                UrgentAid = a.UrgentAid,
                StageKey = a.StageKey,
                StageKind = a.StageKind,
                StageOffice = a.StageOffice,
                StageOfficeRegionCode = a.StageOfficeRegionCode,
                StageDueDate = a.StageDueDate,
                Staged = a.Staged,
            };
        var row = await query.AsSplitQuery().FirstOrDefaultAsync(cancellationToken)

            ?? throw new NotFoundException();

        // Only a case whose history has a request for review has appeals: the others are read without the extra command.
        if (row.History.Any(h => h.Action == ApplicationAction.Appealed))
        {
            row.Appeals = await db.Appeals.AsNoTracking().Where(p => p.ApplicationId == row.Id).OrderBy(p => p.Sequence)
                .Select(p => new AppealRow(p, staff.Where(s => s.Id == p.ReviewedByStaffId).Select(s => s.DisplayName).FirstOrDefault()))
                .ToListAsync(cancellationToken);
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var resident = user.Role == Role.Resident;
        if (resident)
        {
            return await ToDtoAsync(row, snapshot, [], resident, cancellationToken);
        }

        var (related, links) = await RelatedAsync(row, snapshot, cancellationToken);
        return WithFilingLinks(await ToDtoAsync(row, snapshot, related, resident, cancellationToken), row, links);
    }

    /// <summary>
    /// Staff only: who filed for whom, and the filings of the same person and item from other accounts that
    /// this one is linked with (疑似重复). Residents never see another account's case, or that one exists.
    /// </summary>
    private static ApplicationDetailsDto WithFilingLinks(ApplicationDetailsDto dto, DetailRow row, IReadOnlyList<LinkedApplicationDto> links) => dto with
    {
        FiledByResident = row.FilerVerified is { } verified
            ? new ResidentFilerDto(verified, row.FilerVerifiedName, RelationshipNames.Zh(row.Relationship ?? Relationship.Self))
            : null,
        PossibleDuplicateOf = links.FirstOrDefault(l => l.Id == row.DuplicateOfId),
        PossibleDuplicates = [.. links.Where(l => l.Id != row.DuplicateOfId).OrderBy(l => l.SubmittedAt)],
    };

    private async Task<ApplicationDetailsDto> ToDtoAsync(DetailRow row, CatalogSnapshot snapshot, IReadOnlyList<RelatedApplicationDto> related, bool resident, CancellationToken cancellationToken)
    {
        var a = row;
        var calendar = await calendars.GetAsync(cancellationToken);
        var item = snapshot.FindItem(a.ItemCode);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var lifecycle = ApplicationLifecycle.Of(a.Status);
        var running = lifecycle.Clock == ClockState.Running;
        var paused = lifecycle.Clock == ClockState.Paused;

        // 复核 (ADR 0042): until when the last refusal can be appealed, and whether the caller decided the one under review.
        var lastRefusal = row.History.Select((h, i) => (h, Step: i + 1)).LastOrDefault(x => x.h.Action is ApplicationAction.Rejected or ApplicationAction.NotAccepted);
        var appealBy = lastRefusal.h is null ? null
            : ReliefApplication.AppealByOf(a.Status, lastRefusal.h.At, row.Appeals.Any(p => p.Appeal.DecisionStep == lastRefusal.Step), snapshot.Appeal, calendar);
        var recused = a.Status == ApplicationStatus.UnderAppeal && user.Role == Role.Caseworker && row.Appeals.Any(p => p.Appeal.IsOpen && p.Appeal.RecusedStaffId == user.Id);

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
            new ApplicantDto(a.ApplicantName, ResidentIdNumber.Mask(a.ApplicantIdNumber), MobileNumber.Mask(a.ApplicantPhone)),
            answers.RootElement.Clone(),
            Applicant.MaskText(a.Description),
            a.Channel.ToString(),
            ChinaTime.ToChinaOffset(a.SubmittedAt),
            a.AcceptedAt is { } accepted ? ChinaTime.ToChinaOffset(accepted) : null,
            a.CompletedAt is { } completed ? ChinaTime.ToChinaOffset(completed) : null,
            a.DueDate,
            running ? ReliefApplication.SlaOf(a.DueDate, today, calendar).ToString() : null,
            paused,
            a.PausedWorkingDays,
            running ? calendar.WorkingDaysBetween(today, a.DueDate) : null,
            a.ExtendedWorkingDays,
            !resident && a.PendingExtensionDays is { } days ? new PendingExtensionInfo(days, a.PendingExtensionReason ?? "", ChinaTime.ToChinaOffset(a.PendingExtensionRequestedAt!.Value)) : null,
            a.DecisionReason,
            a.Benefit,
            a.Version,
            resident ? null : a.AssignedToStaffId,
            row.History.Where(h => !resident || !InternalSteps.Contains(h.Action))
                .Select(h => new HistoryEntryDto(
                    h.Action.ToString(), ChinaTime.ToChinaOffset(h.At), h.ActorRole.ToString(), h.Reason, h.FromStatus?.ToString(), h.ToStatus.ToString())
                {
                    ByName = !resident && h.ActorRole != Role.Resident ? h.ByName : null,
                })
                .ToList(),
            resident ? null : row.SupervisionNotes
                .Select(n => new SupervisionNoteDto(
                    n.Id, n.SupervisorUsername, n.RegionCode, n.Note, n.Deadline, ChinaTime.ToChinaOffset(n.IssuedAt),
                    n.ClosedAt is { } closed ? ChinaTime.ToChinaOffset(closed) : null, n.IsLapsedOn(today)))
                .ToList())
        {
            AllowedActions = user.HoldsStage(a.StageOfficeRegionCode) && !recused
                ? [.. ReliefApplication.AllowedActions(a.Status, a.StageKind, a.Staged, a.AssignedToStaffId, a.PendingExtensionDays is not null, a.DuplicateOfId is not null, user.ToActor(), a.UrgentAid?.HelpPending == true)
                    .Where(x => x != ApplicationAction.Appealed || appealBy >= today).ToList().OfCallersRole(user)]
                : [],
            AppealBy = appealBy,
            Appeals = [.. row.Appeals.Select(p => AppealDto.Of(p.Appeal, resident ? null : p.ReviewerName, !resident && p.Appeal.IsOpen && p.Appeal.RecusedStaffId == user.Id))],
            Stage = StageDto.Of(item, a.StageKey, a.StageKind, a.StageOffice, a.StageOfficeRegionCode, a.StageDueDate, a.Staged),
            Relationship = a.Relationship?.ToString(),
            Clock = lifecycle.Clock.ToString(),
            DueDateProvisional = lifecycle.Clock != ClockState.Stopped && calendar.IsProvisional(a.DueDate),
            DeadlinePhase = lifecycle.Phase?.ToString(),
            Attachments = row.Attachments.Select(x => x.ToDto()).ToList(),
            Rating = row.Rating is { } rating ? new RatingDto(rating.Score, rating.Comment, ChinaTime.ToChinaOffset(rating.RatedAt)) : null,
            FollowUp = row.FollowUp?.ToDto(today),
            Related = related,
            InformationRequest = paused ? InformationRequestOf(row, item, snapshot, calendar) : null,
            FiledBy = row.FiledBy,
            AssignedToName = resident ? null : row.HolderName,
            ResidentNews = resident ? null : row.ResidentNews?.ToString(),
            Urgent = UrgentAidDto.Of(row.UrgentAid, a.Status, clock.GetUtcNow().UtcDateTime),
        };
    }

    private static InformationRequestDto? InformationRequestOf(DetailRow row, ServiceItem? item, CatalogSnapshot snapshot, WorkingCalendar calendar)
    {
        var request = row.History.LastOrDefault(h => h.Action == ApplicationAction.InfoRequested);
        if (request is null)
        {
            return null;
        }

        var keys = row.RequestedDocuments?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var documents = keys
            .Select(key => item?.Documents.FirstOrDefault(d => d.Key == key) is { } d ? new RequestedDocumentDto(d.Key, d.RequestedName(), d.RequestedNameEn()) : new RequestedDocumentDto(key, key, key))
            .ToList();
        return new InformationRequestDto(request.Reason, documents, ChinaTime.ToChinaOffset(request.At), snapshot.AnswerBy(ChinaTime.DateOf(request.At), calendar));
    }

    /// <summary>
    /// Other applications of the applicant, and of the members of the applicant's registered household,
    /// in any department: open ones, and ones decided in the last year. Only what a caseworker needs to
    /// adjudicate an overlap: item, department, status and date, never the other case's contents. The same
    /// statement reads the filings this one is linked with (<see cref="ReliefApplication.DuplicateOfId"/>), first.
    /// </summary>
    private async Task<(IReadOnlyList<RelatedApplicationDto> Related, IReadOnlyList<LinkedApplicationDto> Linked)> RelatedAsync(
        DetailRow a, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var own = a.ApplicantIdIndex;
        var id = a.Id;
        var firstId = a.DuplicateOfId;

        // The household's members stay a subquery, so the related cases are one statement.
        var household = db.Households.Where(h => h.Members.Any(m => m.IdIndex == own)).SelectMany(h => h.Members.Select(m => m.IdIndex));
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var others = await db.Applications.AsNoTracking()
            .Where(o => o.Id != id)
            .Select(o => new
            {
                o.Id,
                o.TrackingNumber,
                o.ItemCode,
                o.DepartmentCode,
                o.Status,
                o.SubmittedAt,
                o.ApplicantIdIndex,
                o.FilerVerified,
                o.Relationship,
                Linked = o.Id == firstId || o.DuplicateOfId == id,
                Related = own != null && o.ApplicantIdIndex != null && (o.ApplicantIdIndex == own || household.Contains(o.ApplicantIdIndex))
                    && (o.CompletedAt == null || o.CompletedAt >= since),
            })
            .Where(o => o.Linked || o.Related)
            .OrderByDescending(o => o.Linked).ThenByDescending(o => o.SubmittedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        var related = others.Where(o => o.Related).Select(o =>
        {
            var same = o.ApplicantIdIndex == own;
            var (zh, en) = OverlapRules.Explain(a.ItemCode, o.ItemCode, same);
            var other = snapshot.FindItem(o.ItemCode);
            return new RelatedApplicationDto(
                o.TrackingNumber, o.ItemCode, other is null ? o.ItemCode : Text.Pick(other.Name, other.NameEn), o.DepartmentCode, o.Status.ToString(),
                ChinaTime.ToChinaOffset(o.SubmittedAt), same, OverlapRules.IsWarning(a.ItemCode, o.ItemCode), Text.Pick(zh, en));
        });
        var linked = others.Where(o => o.Linked).Select(o => new LinkedApplicationDto(
            o.Id, o.TrackingNumber, o.Status.ToString(), ChinaTime.ToChinaOffset(o.SubmittedAt), o.FilerVerified == false, o.Relationship?.ToString()));
        return ([.. related], [.. linked]);
    }

    /// <summary>The case's columns, and what the detail shows beside them, as one projection reads them.</summary>
    private sealed record AppealRow(Appeal Appeal, string? ReviewerName);

    private sealed class DetailRow
    {
        public List<AppealRow> Appeals { get; set; } = [];

        public string StageKey { get; init; } = "";

        public StageKind StageKind { get; init; }

        public OfficeLevel StageOffice { get; init; }

        public string StageOfficeRegionCode { get; init; } = "";

        public DateOnly StageDueDate { get; init; }

        public bool Staged { get; init; }

        public Guid Id { get; init; }

        public string TrackingNumber { get; init; } = "";

        public ApplicationStatus Status { get; init; }

        public string ItemCode { get; init; } = "";

        public string DepartmentCode { get; init; } = "";

        public string RegionCode { get; init; } = "";

        public string ApplicantName { get; init; } = "";

        public string ApplicantIdNumber { get; init; } = "";

        public string ApplicantPhone { get; init; } = "";

        public string? ApplicantIdIndex { get; init; }

        public string AnswersJson { get; init; } = "{}";

        public string Description { get; init; } = "";

        public FilingChannel Channel { get; init; }

        public DateTime SubmittedAt { get; init; }

        public DateTime? AcceptedAt { get; init; }

        public DateTime? CompletedAt { get; init; }

        public DateOnly DueDate { get; init; }

        public int PausedWorkingDays { get; init; }

        public int ExtendedWorkingDays { get; init; }

        public int? PendingExtensionDays { get; init; }

        public string? PendingExtensionReason { get; init; }

        public DateTime? PendingExtensionRequestedAt { get; init; }

        public string? DecisionReason { get; init; }

        public string? Benefit { get; init; }

        public string? RequestedDocuments { get; init; }

        public Guid Version { get; init; }

        public Guid? AssignedToStaffId { get; init; }

        public List<HistoryRow> History { get; init; } = [];

        public List<SupervisionNote> SupervisionNotes { get; init; } = [];

        public List<Attachment> Attachments { get; init; } = [];

        public RatingRow? Rating { get; init; }

        public RatingFollowUp? FollowUp { get; init; }

        public FiledByDto? FiledBy { get; init; }

        public string? HolderName { get; init; }

        public Relationship? Relationship { get; init; }

        public bool? FilerVerified { get; init; }

        public string? FilerVerifiedName { get; init; }

        public Guid? DuplicateOfId { get; init; }

        public ResidentNews? ResidentNews { get; init; }

        public UrgentAid? UrgentAid { get; init; }
    }

    private sealed record RatingRow(int Score, string? Comment, DateTime RatedAt);

    private sealed record HistoryRow(
        ApplicationAction Action, DateTime At, Role ActorRole, string? Reason, ApplicationStatus? FromStatus, ApplicationStatus ToStatus, string? ByName);
}
