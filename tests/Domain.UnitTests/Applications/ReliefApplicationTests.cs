using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ReliefApplicationTests
{
    private static readonly Domain.Calendar.WorkingCalendar Calendar = ApplicationBuilder.Calendar;

    [Fact]
    public void Submit_SetsIntakeDueDateRoutingAndFirstHistoryEntry()
    {
        // Friday 13 February 2026, 10:00 in China: intake of 1 working day ends on the make-up Saturday.
        var application = new ApplicationBuilder().SubmittedAt(new DateTime(2026, 2, 13, 2, 0, 0, DateTimeKind.Utc)).Build();

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(new DateOnly(2026, 2, 14), application.DueDate);
        Assert.Equal("civil", application.DepartmentCode);
        Assert.Equal("530102", application.CountyCode);
        Assert.Equal($"civil.dibao|bi1:index-of-530102196001011238|{ApplicationBuilder.Resident.Id:N}", application.OpenCaseKey);
        var entry = Assert.Single(application.History);
        Assert.Equal(ApplicationAction.Submitted, entry.Action);
        Assert.Equal(Role.Resident, entry.ActorRole);
        Assert.Single(application.DomainEvents.OfType<ApplicationSubmittedDomainEvent>());
    }

    [Fact]
    public void Accept_OnTheDayBeforeTheSpringFestival_CountsTheItemLimitInWorkingDays()
    {
        var application = new ApplicationBuilder().SubmittedAt(new DateTime(2026, 2, 12, 1, 0, 0, DateTimeKind.Utc)).Build();

        application.Accept(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 13, 3, 0, 0, DateTimeKind.Utc), Calendar, 30);

        // 14 Feb (make-up) is day 1, the holiday 15–23 Feb is skipped, 28 Feb (make-up) is day 6, 2 April is day 30.
        Assert.Equal(new DateOnly(2026, 4, 2), application.DueDate);
        Assert.NotNull(application.AcceptedAt);
    }

    [Fact]
    public void Accept_UsesTheChinaDate_NotTheUtcDate()
    {
        var application = new ApplicationBuilder().Build();

        // 2026-02-12 17:00 UTC is already Friday 13 February 01:00 in China.
        application.Accept(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 12, 17, 0, 0, DateTimeKind.Utc), Calendar, 1);

        Assert.Equal(new DateOnly(2026, 2, 14), application.DueDate);
    }

    [Fact]
    public void Supplement_MovesTheDueDateByTheWorkingDaysPaused()
    {
        var application = new ApplicationBuilder().Build();
        application.Accept(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 9, 2, 0, 0, DateTimeKind.Utc), Calendar, 10);
        var due = application.DueDate;

        // Paused Thursday 12 February, answered Wednesday 25 February: 13, 14 (make-up), 24, 25 = 4 working days.
        application.RequestInformation(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 12, 2, 0, 0, DateTimeKind.Utc), "请补充户口簿");
        application.Supplement(ApplicationBuilder.Resident, new DateTime(2026, 2, 25, 2, 0, 0, DateTimeKind.Utc), Calendar, "已上传");

        Assert.Equal(4, application.PausedWorkingDays);
        Assert.Equal(Calendar.AddWorkingDays(due, 4), application.DueDate);
        Assert.Null(application.PausedOn);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.NotAccepted)]
    [InlineData(ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Merged)]
    public void Closing_ReleasesTheOpenCaseKey_SoThePersonCanApplyAgain(ApplicationStatus closed)
    {
        var application = new ApplicationBuilder().InStatus(closed);

        Assert.Null(application.OpenCaseKey);
        Assert.NotNull(application.CompletedAt);
        Assert.Equal(closed is not (ApplicationStatus.Withdrawn or ApplicationStatus.Merged), closed.IsCompleted());
    }

    [Fact]
    public void MergeInto_ACaseItIsNotLinkedWith_OrAClosedOne_IsRefused()
    {
        var first = new ApplicationBuilder().Build();
        var other = new ApplicationBuilder().Build();
        var linked = new ApplicationBuilder().Build();
        linked.MarkPossibleDuplicateOf(first.Id);
        var unlinked = new ApplicationBuilder().Build();

        Assert.Equal("merge-target-closed", Assert.Throws<DomainException>(() => linked.MergeInto(other, ApplicationBuilder.Caseworker, DateTime.UtcNow)).Code);
        Assert.Equal("merge-target-closed", Assert.Throws<DomainException>(() => unlinked.MergeInto(first, ApplicationBuilder.Caseworker, DateTime.UtcNow)).Code);
        first.Withdraw(ApplicationBuilder.Resident, DateTime.UtcNow, null);
        Assert.Equal("merge-target-closed", Assert.Throws<DomainException>(() => linked.MergeInto(first, ApplicationBuilder.Caseworker, DateTime.UtcNow)).Code);
        Assert.Equal(ApplicationStatus.Submitted, linked.Status);
    }

    [Fact]
    public void Approve_RecordsReasonAndBenefit()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);

        application.Approve(ApplicationBuilder.Caseworker, DateTime.UtcNow, Calendar, " 符合低保条件 ", "每月 450 元");

        Assert.Equal("符合低保条件", application.DecisionReason);
        Assert.Equal("每月 450 元", application.Benefit);
        Assert.Equal("符合低保条件", application.History[^1].Reason);
    }

    [Fact]
    public void Reject_WithoutReason_IsRefused()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);

        var refused = Assert.Throws<DomainException>(() => application.Reject(ApplicationBuilder.Caseworker, DateTime.UtcNow, Calendar, "  "));

        Assert.Equal("required", refused.Code);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
    }

    [Fact]
    public void Transfer_ReroutesToTheOtherDepartmentAsANewSubmission()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);

        application.Transfer(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 13, 2, 0, 0, DateTimeKind.Utc), Calendar, ApplicationBuilder.StudentAid, "学生资助归教育局", 1);

        Assert.Equal("edu", application.DepartmentCode);
        Assert.Equal("edu.student-aid", application.ItemCode);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Null(application.AcceptedAt);
        Assert.Equal(new DateOnly(2026, 2, 14), application.DueDate);
        Assert.Equal($"edu.student-aid|bi1:index-of-530102196001011238|{ApplicationBuilder.Resident.Id:N}", application.OpenCaseKey);
        Assert.Contains("civil → edu", application.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_ToTheSameDepartment_IsRefused()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Submitted);

        var refused = Assert.Throws<DomainException>(() =>
            application.Transfer(ApplicationBuilder.Caseworker, DateTime.UtcNow, Calendar, ApplicationBuilder.Dibao, "x", 1));

        Assert.Equal("same-department", refused.Code);
    }

    [Theory]
    [InlineData("2026-02-24", SlaState.OnTrack)]
    [InlineData("2026-02-25", SlaState.DueSoon)] // two working days left
    [InlineData("2026-02-27", SlaState.DueSoon)] // due today
    [InlineData("2026-02-28", SlaState.Overdue)]
    public void SlaOf_ComparesTodayWithTheDueDateInWorkingDays(string today, SlaState expected)
    {
        Assert.Equal(expected, ReliefApplication.SlaOf(new DateOnly(2026, 2, 27), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Calendar));
    }

    [Fact]
    public void Approve_RecordsOnTimeAndTheWorkingDaysTaken_WithoutThePause()
    {
        // Filed Monday 9 February 2026; asked for information Thursday 12th, answered Wednesday 25th (4 working days paused).
        var application = new ApplicationBuilder().Build();
        application.Accept(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 9, 2, 0, 0, DateTimeKind.Utc), Calendar, 30);
        application.RequestInformation(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 12, 2, 0, 0, DateTimeKind.Utc), "请补充户口簿");
        application.Supplement(ApplicationBuilder.Resident, new DateTime(2026, 2, 25, 2, 0, 0, DateTimeKind.Utc), Calendar, "已上传");

        application.Approve(ApplicationBuilder.Caseworker, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), Calendar, "符合条件", null);

        // (9 Feb, 2 Mar]: 10–13, 14 (make-up), 24–28 (28 make-up), 2 Mar = 11 working days, less 4 paused.
        Assert.Equal(7, application.WorkingDaysTaken);
        Assert.True(application.CompletedOnTime);
    }

    [Fact]
    public void NotAccept_AfterTheIntakeDueDate_IsNotOnTime()
    {
        var application = new ApplicationBuilder().SubmittedAt(new DateTime(2026, 2, 9, 2, 0, 0, DateTimeKind.Utc)).Build();

        application.NotAccept(ApplicationBuilder.Caseworker, new DateTime(2026, 2, 12, 2, 0, 0, DateTimeKind.Utc), Calendar, "户籍不在本县");

        Assert.False(application.CompletedOnTime);
        Assert.Equal(3, application.WorkingDaysTaken);
    }
}
