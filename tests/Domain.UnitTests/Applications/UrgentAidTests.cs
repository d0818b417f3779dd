using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Domain.UnitTests.Applications;

/// <summary>
/// 先行救助's two clocks around the 2026 Labour Day holiday (5/1–5/5, make-up working day Saturday 5/9):
/// the help clock counts 48 clock hours through the holiday, the paperwork clock 5 working days past it,
/// the weekend of 5/10 and the make-up day.
/// </summary>
public class UrgentAidTests
{
    private static readonly UrgentTrackRules Rules = ApplicationBuilder.UrgentTrack;
    private static readonly DeadlinePolicy Policy = new();

    /// <summary>Thursday 2026-04-30, 10:00 China time, the day before the holiday.</summary>
    private static readonly DateTime Filed = China(2026, 4, 30, 10);

    [Fact]
    public void MarkUrgent_HelpIsDue48ClockHoursAfterFiling_ThroughTheHoliday()
    {
        var application = Urgent();

        Assert.Equal(China(2026, 5, 2, 10), application.UrgentAid!.HelpDueAt);
        Assert.Equal(UrgentMarkSource.Resident, application.UrgentAid.MarkedBy);
        Assert.True(application.UrgentAid.HelpPending);
        Assert.Equal(48m, application.UrgentAid.HelpHoursLeft(Filed));
        Assert.Equal(-2m, application.UrgentAid.HelpHoursLeft(China(2026, 5, 2, 12)));
    }

    [Fact]
    public void RecordUrgentHelp_OnAHolidayWithinTheHours_IsOnTime_AndThePaperworkIsDueFiveWorkingDaysAfterTheHolidayWeekendAndMakeUpDay()
    {
        var application = Urgent();

        application.RecordUrgentHelp(ApplicationBuilder.Caseworker, China(2026, 5, 2, 9), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.CashAndGoods, 800m, "大米 20 斤、棉被 2 床", "家中失火，先行救助");

        var aid = application.UrgentAid!;
        Assert.True(aid.HelpOnTime);
        Assert.Equal(800m, aid.HelpAmount);

        // 5/3–5/5 holiday; 5/6, 5/7, 5/8, Saturday 5/9 (make-up), Sunday 5/10 off, Monday 5/11.
        Assert.Equal(new DateOnly(2026, 5, 11), aid.PaperworkDueDate);
        Assert.Equal(China(2026, 5, 12, 0), aid.PaperworkDueBefore);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        var entry = application.History[^1];
        Assert.Equal(ApplicationAction.UrgentHelpRecorded, entry.Action);
        Assert.Equal("先行救助：现金 800 元；大米 20 斤、棉被 2 床。家中失火，先行救助", entry.Reason);
        Assert.DoesNotContain(ApplicationAction.UrgentHelpRecorded, application.AllowedActionsFor(ApplicationBuilder.Caseworker));
    }

    [Fact]
    public void RecordUrgentHelp_AnHourAfterThe48Hours_IsLate()
    {
        var application = Urgent();

        application.RecordUrgentHelp(ApplicationBuilder.Caseworker, China(2026, 5, 2, 11), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.Cash, 500m, null, "先行发放救急款");

        Assert.False(application.UrgentAid!.HelpOnTime);
    }

    [Fact]
    public void RecordUrgentHelp_OnACaseTheFormDidNotMark_MarksItWithTheClockFromFiling()
    {
        var application = new ApplicationBuilder().SubmittedAt(Filed).Build();
        Assert.DoesNotContain(ApplicationAction.UrgentHelpRecorded, application.AllowedActionsFor(ApplicationBuilder.Caseworker));

        application.RecordUrgentHelp(ApplicationBuilder.Caseworker, China(2026, 4, 30, 15), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.Goods, null, "方便面 2 箱", "入户发现断粮");

        Assert.Equal(UrgentMarkSource.Caseworker, application.UrgentAid!.MarkedBy);
        Assert.Equal(China(2026, 5, 2, 10), application.UrgentAid.HelpDueAt);
        Assert.True(application.UrgentAid.HelpOnTime);
        Assert.Equal(new DateOnly(2026, 5, 11), application.UrgentAid.PaperworkDueDate);
    }

    [Fact]
    public void RecordUrgentHelp_Twice_IsRefused()
    {
        var application = Urgent();
        application.RecordUrgentHelp(ApplicationBuilder.Caseworker, China(2026, 5, 1, 9), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.Cash, 500m, null, "先行发放救急款");

        var refused = Assert.Throws<DomainException>(() => application.RecordUrgentHelp(
            ApplicationBuilder.Caseworker, China(2026, 5, 1, 10), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.Cash, 500m, null, "再发一次"));

        Assert.Equal("urgent-help-recorded", refused.Code);
    }

    [Theory]
    [InlineData(UrgentHelpKind.Cash, null, null)]
    [InlineData(UrgentHelpKind.Cash, 500, "大米")]
    [InlineData(UrgentHelpKind.Goods, null, " ")]
    [InlineData(UrgentHelpKind.CashAndGoods, 500, null)]
    public void RecordUrgentHelp_WithoutWhatTheKindSays_IsRefused(UrgentHelpKind kind, int? amount, string? goods)
    {
        var application = Urgent();

        var refused = Assert.Throws<DomainException>(() => application.RecordUrgentHelp(
            ApplicationBuilder.Caseworker, China(2026, 5, 1, 9), ApplicationBuilder.Calendar, Rules, kind, amount, goods, "先行救助"));

        Assert.Equal("urgent-help-incomplete", refused.Code);
        Assert.True(application.UrgentAid!.HelpPending);
    }

    [Fact]
    public void RecordUrgentHelp_ForAnItemWithoutAnUrgentTrack_IsRefused()
    {
        var application = new ApplicationBuilder().SubmittedAt(Filed).Build();

        var refused = Assert.Throws<DomainException>(() => application.RecordUrgentHelp(
            ApplicationBuilder.Caseworker, China(2026, 5, 1, 9), ApplicationBuilder.Calendar, null, UrgentHelpKind.Cash, 500m, null, "先行救助"));

        Assert.Equal("no-urgent-track", refused.Code);
        Assert.Null(application.UrgentAid);
    }

    [Fact]
    public void AlertsDue_HourByHourWithoutHelp_RemindAt40And24HoursLeft_ThenEscalateAtTheHour()
    {
        var aid = Urgent().UrgentAid!;

        var first = FirstOccurrences(Enumerable.Range(0, 61).Select(h => Filed.AddHours(h)), at => aid.AlertsDue(at, Rules, ApplicationBuilder.Calendar, Policy));

        Assert.Equal(
            [
                (new UrgentAlert(UrgentAlertKind.HelpReminder, 40), Filed.AddHours(8)),
                (new UrgentAlert(UrgentAlertKind.HelpReminder, 24), Filed.AddHours(24)),
                (new UrgentAlert(UrgentAlertKind.HelpMissed, 0), Filed.AddHours(48)),
            ],
            first);
    }

    [Fact]
    public void AlertsDue_DayByDayAfterHelp_ChaseThePaperworkDateAsTheOrdinaryDueDate()
    {
        var application = Urgent();
        application.RecordUrgentHelp(ApplicationBuilder.Caseworker, China(2026, 5, 2, 9), ApplicationBuilder.Calendar, Rules, UrgentHelpKind.Cash, 800m, null, "先行发放救急款");
        var aid = application.UrgentAid!;

        var first = FirstOccurrences(Enumerable.Range(0, 30).Select(d => China(2026, 5, 2, 9).AddDays(d)), at => aid.AlertsDue(at, Rules, ApplicationBuilder.Calendar, Policy));

        // Due Monday 5/11: reminded 2 working days ahead (Friday 5/8, with the make-up Saturday between),
        // overdue on 5/12, escalated once more than 10 working days past (5/26).
        Assert.Equal(
            [
                (new UrgentAlert(UrgentAlertKind.PaperworkReminder, 0), China(2026, 5, 8, 9)),
                (new UrgentAlert(UrgentAlertKind.PaperworkOverdue, 0), China(2026, 5, 12, 9)),
                (new UrgentAlert(UrgentAlertKind.PaperworkEscalated, 0), China(2026, 5, 26, 9)),
            ],
            first);
    }

    [Theory]
    [InlineData("""{"urgent":true,"householdSize":3}""", true)]
    [InlineData("""{"urgent":false}""", false)]
    [InlineData("""{"householdSize":3}""", false)]
    [InlineData("{}", false)]
    public void IsMarkedBy_ReadsTheUrgentAnswer(string answers, bool expected)
    {
        Assert.Equal(expected, Rules.IsMarkedBy(answers));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(48, 0)]
    public void Checked_RefusesRulesThatCannotHold(int hours, int workingDays)
    {
        Assert.Throws<ArgumentException>(() => new UrgentTrackRules("urgent", hours, workingDays, []).Checked());
        Assert.Throws<ArgumentException>(() => new UrgentTrackRules("urgent", 48, 5, [48]).Checked());
    }

    private static ReliefApplication Urgent()
    {
        var application = new ApplicationBuilder().SubmittedAt(Filed).Build();
        application.MarkUrgent(Rules, Filed);
        return application;
    }

    private static List<(UrgentAlert Alert, DateTime At)> FirstOccurrences(IEnumerable<DateTime> sweeps, Func<DateTime, IReadOnlyList<UrgentAlert>> due)
    {
        var seen = new List<(UrgentAlert, DateTime)>();
        foreach (var at in sweeps)
        {
            foreach (var alert in due(at).Where(a => seen.All(s => s.Item1 != a)))
            {
                seen.Add((alert, at));
            }
        }

        return seen;
    }

    private static DateTime China(int year, int month, int day, int hour) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;
}
