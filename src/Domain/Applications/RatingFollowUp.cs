using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// A poor rating (差评: 1 or 2 stars) opens a follow-up for the department: within five working days it
/// contacts the resident and writes what it did, which the resident reads on the application. The
/// deadline jobs chase it like any other deadline.
/// </summary>
public sealed class RatingFollowUp
{
    public const int WorkingDaysToRespond = 5;
    public const int ResponseMaxLength = 500;

    private RatingFollowUp()
    {
        DepartmentCode = CountyCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid RatingId { get; private set; }

    public string DepartmentCode { get; private set; }

    public string CountyCode { get; private set; }

    public DateTime OpenedAt { get; private set; }

    /// <summary>The working day (China date) by which the department must have responded.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>What the department did, in words the resident reads.</summary>
    public string? Response { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public DateTime? RemindedAt { get; private set; }

    public DateTime? OverdueReportedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsOverdueOn(DateOnly today) => IsOpen && today > DueDate;

    public static RatingFollowUp Open(ApplicationRating rating, ReliefApplication application, DateTime nowUtc, WorkingCalendar calendar)
    {
        if (!rating.IsPoor)
        {
            throw new DomainException("not-poor", "Only a poor rating opens a follow-up.");
        }

        return new RatingFollowUp
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = application.Id,
            RatingId = rating.Id,
            DepartmentCode = application.DepartmentCode,
            CountyCode = application.CountyCode,
            OpenedAt = nowUtc,
            DueDate = calendar.AddWorkingDays(ChinaTime.DateOf(nowUtc), WorkingDaysToRespond),
        };
    }

    public void Close(string response, Guid by, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new DomainException("follow-up-closed", Text.Pick("这条差评已经回访过了。", "This poor rating has been followed up already."));
        }

        Response = Guard.Text(response, ResponseMaxLength, "The response");
        ClosedAt = nowUtc;
        ClosedBy = by;
    }

    public void MarkReminded(DateTime nowUtc) => RemindedAt ??= nowUtc;

    public void MarkOverdueReported(DateTime nowUtc) => OverdueReportedAt ??= nowUtc;
}
