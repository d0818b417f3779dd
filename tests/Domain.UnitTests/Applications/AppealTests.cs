using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

/// <summary>复核 (ADR 0042): the period, once per decision, the words, a different officer, and the two outcomes.</summary>
public class AppealTests
{
    private const string Words = "原决定把已经卖掉的房子算进了家庭财产，请重新核实。";
    private static readonly AppealRules Rules = AppealRules.Default;
    private static readonly Actor Decider = ApplicationBuilder.Decider;
    private static readonly Actor Colleague = ApplicationBuilder.Caseworker;

    // Monday 2026-02-09, 09:00 China: filed; refused the same morning.
    private static readonly DateTime RefusedAt = new(2026, 2, 9, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Period_Is30CalendarDays_MovedPastDaysOff()
    {
        // 2026-02-09 + 30 = 2026-03-11, a Wednesday: a working day.
        Assert.Equal(new DateOnly(2026, 3, 11), Rules.LastDay(new DateOnly(2026, 2, 9), ApplicationBuilder.Calendar));

        // 2026-09-01 + 30 = 2026-10-01, National Day: the period runs to the first working day after the holiday.
        var last = Rules.LastDay(new DateOnly(2026, 9, 1), ApplicationBuilder.Calendar);
        Assert.True(last > new DateOnly(2026, 10, 1));
        Assert.True(ApplicationBuilder.Calendar.IsWorkingDay(last));
        for (var d = new DateOnly(2026, 10, 1); d < last; d = d.AddDays(1))
        {
            Assert.False(ApplicationBuilder.Calendar.IsWorkingDay(d));
        }
    }

    [Fact]
    public void FileAppeal_OnTheLastDay_PutsTheCaseUnderReview_AtTheSameOffice_DueInItsWorkingDays()
    {
        var a = Refused();
        var office = a.StageOfficeRegionCode;
        var lastDay = new DateTime(2026, 3, 11, 15, 0, 0, DateTimeKind.Utc); // 23:00 China, 2026-03-11

        var appeal = a.FileAppeal(ApplicationBuilder.Resident, lastDay, ApplicationBuilder.Calendar, Rules, Words);

        Assert.Equal(ApplicationStatus.UnderAppeal, a.Status);
        Assert.Equal(ApplicationStatus.Rejected, appeal.AppealedStatus);
        Assert.Equal(Decider.Id, appeal.RecusedStaffId);
        Assert.Equal(office, a.StageOfficeRegionCode);
        Assert.Equal(ApplicationBuilder.Calendar.AddWorkingDays(new DateOnly(2026, 3, 11), Rules.WorkingDays), appeal.DueDate);
        Assert.Equal(appeal.DueDate, a.DueDate);
        Assert.Null(a.Holder);

        // The refusal's completion figures stay as they were while it is reviewed.
        Assert.NotNull(a.CompletedAt);
        Assert.NotNull(a.CompletedOnTime);
        Assert.Null(a.AppealBy(Rules, ApplicationBuilder.Calendar));
    }

    [Fact]
    public void FileAppeal_TheDayAfterThePeriod_IsRefused_NamingTheLastDayAndTheRemediesLeft()
    {
        var a = Refused();

        var refused = Assert.Throws<DomainException>(() =>
            a.FileAppeal(ApplicationBuilder.Resident, new DateTime(2026, 3, 11, 16, 0, 0, DateTimeKind.Utc), ApplicationBuilder.Calendar, Rules, Words));

        Assert.Equal("appeal-period-over", refused.Code);
        Assert.Contains("2026年3月11日", refused.Message);
        Assert.Contains("行政复议", refused.Message);
        Assert.Equal(ApplicationStatus.Rejected, a.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("不服")]
    public void FileAppeal_WithoutRealWords_IsRefused(string words)
    {
        var a = Refused();

        Assert.Equal("appeal-reason", Assert.Throws<DomainException>(() => a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(1), ApplicationBuilder.Calendar, Rules, words)).Code);
    }

    [Fact]
    public void FileAppeal_ByAnyoneButTheApplicantsAccount_IsRefused()
    {
        var a = Refused();

        Assert.Equal("appeal-by-applicant", Assert.Throws<DomainException>(() =>
            a.FileAppeal(new Actor(Role.Resident, Guid.NewGuid()), RefusedAt.AddDays(1), ApplicationBuilder.Calendar, Rules, Words)).Code);
    }

    [Fact]
    public void TheDecider_MayNeitherClaim_NorBeAssigned_NorDecide_TheReview_AndIsOfferedNothing()
    {
        var a = UnderAppeal();

        Assert.Empty(a.AllowedActionsFor(Decider));
        Assert.Equal("appeal-recused", Assert.Throws<DomainException>(() => a.Claim(Decider, RefusedAt.AddDays(2))).Code);
        Assert.Equal("appeal-recused", Assert.Throws<DomainException>(() => a.Assign(Colleague, RefusedAt.AddDays(2), Decider.Id!.Value)).Code);
        var refused = Assert.Throws<DomainException>(() => a.DecideAppeal(Decider, RefusedAt.AddDays(2), ApplicationBuilder.Calendar, AppealOutcome.Upheld, "维持", 30));
        Assert.Equal("appeal-recused", refused.Code);
        Assert.Contains("其他工作人员", refused.Message);
        Assert.Equal(ApplicationStatus.UnderAppeal, a.Status);
        Assert.Contains(ApplicationAction.AppealUpheld, a.AllowedActionsFor(Colleague));
    }

    [Fact]
    public void Upheld_ClosesTheCaseAsItWas_AndTheSameDecisionCannotBeAppealedAgain()
    {
        var a = UnderAppeal();
        var completedAt = a.CompletedAt;
        var onTime = a.CompletedOnTime;

        a.DecideAppeal(Colleague, RefusedAt.AddDays(3), ApplicationBuilder.Calendar, AppealOutcome.Upheld, "经复核，家庭收入确实超过当地标准", 30);

        Assert.Equal(ApplicationStatus.Rejected, a.Status);
        var appeal = Assert.Single(a.Appeals);
        Assert.Equal(AppealOutcome.Upheld, appeal.Outcome);
        Assert.Equal(Colleague.Id, appeal.ReviewedByStaffId);
        Assert.True(appeal.DecidedOnTime);
        Assert.Equal((completedAt, onTime), (a.CompletedAt, a.CompletedOnTime));
        Assert.Null(a.AppealBy(Rules, ApplicationBuilder.Calendar));
        Assert.Equal("appeal-once", Assert.Throws<DomainException>(() =>
            a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(4), ApplicationBuilder.Calendar, Rules, Words)).Code);
    }

    [Fact]
    public void Overturned_Refusal_ReopensTheCaseForANewDecision_WithTheItemsLimitAfresh_WhichCanBeAppealedAgain()
    {
        var a = UnderAppeal();
        var overturnedAt = RefusedAt.AddDays(3);

        a.DecideAppeal(Colleague, overturnedAt, ApplicationBuilder.Calendar, AppealOutcome.Overturned, "房产已转让，原认定有误", 30);

        Assert.Equal(ApplicationStatus.Accepted, a.Status);
        Assert.Equal(StageKind.Decision, a.StageKind);
        Assert.Equal(ApplicationBuilder.Calendar.AddWorkingDays(ChinaTime.DateOf(overturnedAt), 30), a.DueDate);
        Assert.Null(a.CompletedAt);
        Assert.Null(a.DecisionReason);
        Assert.NotNull(a.OpenCaseKey);

        // A new refusal is a new decision: the resident may ask for its review in turn.
        a.Reject(Colleague, overturnedAt.AddDays(1), ApplicationBuilder.Calendar, "重新核实后仍不符合条件");
        Assert.NotNull(a.AppealBy(Rules, ApplicationBuilder.Calendar));
        a.FileAppeal(ApplicationBuilder.Resident, overturnedAt.AddDays(2), ApplicationBuilder.Calendar, Rules, Words);
        Assert.Equal(2, a.Appeals.Count);
        Assert.Equal(Colleague.Id, a.OpenAppeal!.RecusedStaffId);
    }

    [Fact]
    public void Overturned_NonAcceptance_AcceptsTheCase()
    {
        var a = new ApplicationBuilder().Build();
        a.NotAccept(Decider, RefusedAt, ApplicationBuilder.Calendar, "不属于本地户籍");
        a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(1), ApplicationBuilder.Calendar, Rules, "我的户口去年已经迁到本地，有户口簿为证。");

        a.DecideAppeal(Colleague, RefusedAt.AddDays(2), ApplicationBuilder.Calendar, AppealOutcome.Overturned, "户籍已迁入本地，应予受理", 30);

        Assert.Equal(ApplicationStatus.Accepted, a.Status);
        Assert.Equal(RefusedAt.AddDays(2), a.AcceptedAt);
        Assert.Contains(ApplicationAction.Approved, a.AllowedActionsFor(Colleague));
    }

    [Fact]
    public void Withdrawn_ByTheApplicant_LeavesTheDecisionAsItWas_UndecidedAndNeverToBeAppealedAgain()
    {
        var a = UnderAppeal();
        var completedOnTime = a.CompletedOnTime;

        a.WithdrawAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(2), "事情已经解决了");

        var appeal = Assert.Single(a.Appeals);
        Assert.Equal(ApplicationStatus.Rejected, a.Status);
        Assert.Equal(AppealOutcome.Withdrawn, appeal.Outcome);
        Assert.Null(appeal.DecidedOnTime);
        Assert.Null(appeal.ReviewedByStaffId);
        Assert.Equal(completedOnTime, a.CompletedOnTime);
        Assert.Equal(ResidentNews.AppealWithdrawn, a.ResidentNews);
        Assert.Null(a.AppealBy(Rules, ApplicationBuilder.Calendar));
        Assert.Equal("appeal-once", Assert.Throws<DomainException>(() =>
            a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(3), ApplicationBuilder.Calendar, Rules, Words)).Code);
    }

    [Fact]
    public void Withdrawal_BySomeoneElse_OrOnceDecided_IsRefused()
    {
        var a = UnderAppeal();

        Assert.Equal("appeal-by-applicant", Assert.Throws<DomainException>(() => a.WithdrawAppeal(Colleague, RefusedAt.AddDays(2), null)).Code);
        a.DecideAppeal(Colleague, RefusedAt.AddDays(2), ApplicationBuilder.Calendar, AppealOutcome.Upheld, "收入核算无误", 30);
        Assert.Throws<InvalidStatusTransitionException>(() => a.WithdrawAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(3), null));
        Assert.Equal(AppealOutcome.Upheld, a.Appeals[0].Outcome);
    }

    [Fact]
    public void AppealsAreRead_OnlyInTheStatusesWhoseActionsUseThem()
    {
        var reading = Enum.GetValues<ApplicationStatus>().Where(ReliefApplication.ActsOnAppeals).ToHashSet();

        Assert.Equal([ApplicationStatus.Rejected, ApplicationStatus.NotAccepted, ApplicationStatus.UnderAppeal], reading);
    }

    [Fact]
    public void Appeal_OnAnApprovedCase_IsAnInvalidTransition()
    {
        var a = new ApplicationBuilder().InStatus(ApplicationStatus.Approved);

        Assert.Throws<InvalidStatusTransitionException>(() => a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(1), ApplicationBuilder.Calendar, Rules, Words));
    }

    private static ReliefApplication Refused()
    {
        var a = new ApplicationBuilder().Build();
        a.Accept(Decider, RefusedAt, ApplicationBuilder.Calendar, 30);
        a.Claim(Decider, RefusedAt);
        a.Reject(Decider, RefusedAt, ApplicationBuilder.Calendar, "家庭收入超过当地低保标准");
        return a;
    }

    private static ReliefApplication UnderAppeal()
    {
        var a = Refused();
        a.FileAppeal(ApplicationBuilder.Resident, RefusedAt.AddDays(1), ApplicationBuilder.Calendar, Rules, Words);
        return a;
    }
}
