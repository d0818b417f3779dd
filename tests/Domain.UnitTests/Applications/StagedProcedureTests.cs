using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Domain.UnitTests.Applications;

/// <summary>
/// Issue 20: the staged procedure of a means-tested item as the aggregate runs it: who holds each stage,
/// what each stage allows and requires, the public notice and its objections, and the stage records.
/// Dates: 2026-03-02 is a Monday, no holiday near it.
/// </summary>
public class StagedProcedureTests
{
    private static readonly DateTime Filed = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Township = new(Role.Caseworker, Guid.NewGuid());
    private static readonly Actor County = new(Role.Caseworker, Guid.NewGuid());

    internal static ServiceItem StagedDibao()
    {
        var item = new ServiceItem(ItemCode.Parse("civil.dibao"), DepartmentCode.Parse("civil"), "最低生活保障", "Minimum living allowance", "living", 30, 15);
        item.Define(
            DepartmentCode.Parse("civil"), "最低生活保障", "Minimum living allowance", "living", 30, 15, "", "", "", "", 1, [], [], [],
            [
                new("acceptance", StageKind.Acceptance, OfficeLevel.Township, "乡镇（街道）受理", "Acceptance", "正在受理", "Accepting"),
                new("investigation", StageKind.Investigation, OfficeLevel.Township, "入户调查", "Investigation", "会到您家里看一看", "Visit", WorkingDays: 12, MinVisitors: 2, MeansCheck: true),
                new("township-review", StageKind.Review, OfficeLevel.Township, "乡镇（街道）审核", "Review", "审核中", "Review", WorkingDays: 3),
                new("public-notice", StageKind.PublicNotice, OfficeLevel.Township, "村（社区）公示", "Notice", "正在村里公示，到 {end} 结束", "Notice", CalendarDays: 7, OnlyWhenRecommendingApproval: true, ObjectionWorkingDays: 5),
                new("county-confirmation", StageKind.Decision, OfficeLevel.County, "县民政局确认", "Confirmation", "县里确认中", "Confirming", WorkingDays: 10),
            ]);
        return item;
    }

    private static ReliefApplication File(ServiceItem item, string region = "530102001001") => ReliefApplication.Submit(
        "20260302-00000001", item, RegionCode.Parse(region),
        Applicant.Create("李秀英", ResidentIdNumber.Parse("530102196001011238", new DateOnly(2026, 1, 1)), MobileNumber.Parse("13800138000"), "bi1:x"),
        """{"householdSize":3}""", "家里困难", FilingChannel.Resident, Guid.NewGuid(), ApplicationBuilder.Resident, Filed, ApplicationBuilder.Calendar, 2);

    private static HomeVisitReport Visit(params string[] visitors) => new(new DateOnly(2026, 3, 4), visitors, 3, 1, 600, "土木结构，漏雨", "丈夫去世，家中无稳定收入");

    private static DateTime Day(int day, int hour = 2) => new(2026, 3, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheTownshipOfTheAddressHoldsTheTownshipStages_TheCountyItsOwn_AndAnAddressWithoutTownshipFallsToTheCounty()
    {
        var item = StagedDibao();
        var a = File(item);
        Assert.Equal(("acceptance", OfficeLevel.Township, "530102001"), (a.StageKey, a.StageOffice, a.StageOfficeRegionCode));
        Assert.True(a.Staged);

        var countyOnly = File(item, "530102");
        Assert.Equal("530102", countyOnly.StageOfficeRegionCode);

        var single = ReliefApplication.Submit(
            "20260302-00000002", ApplicationBuilder.StudentAid, RegionCode.Parse("530102001001"),
            Applicant.Create("王小明", ResidentIdNumber.Parse("530102196001011238", new DateOnly(2026, 1, 1)), MobileNumber.Parse("13800138000"), "bi1:y"),
            "{}", "学费", FilingChannel.Resident, Guid.NewGuid(), ApplicationBuilder.Resident, Filed, ApplicationBuilder.Calendar, 2);
        Assert.Equal(("acceptance", "530102", false), (single.StageKey, single.StageOfficeRegionCode, single.Staged));
    }

    [Fact]
    public void OnlyTheDecisionStageDecides_AndEachStageAllowsItsOwnWork()
    {
        var item = StagedDibao();
        var a = File(item);
        a.Accept(Township, Day(3), ApplicationBuilder.Calendar, 30, item.Procedure);

        Assert.Equal(("investigation", StageKind.Investigation, new DateOnly(2026, 3, 19)), (a.StageKey, a.StageKind, a.StageDueDate));
        var offered = a.AllowedActionsFor(Township);
        Assert.Contains(ApplicationAction.HomeVisitRecorded, offered);
        Assert.Contains(ApplicationAction.StageCompleted, offered);
        Assert.DoesNotContain(ApplicationAction.Approved, offered);
        Assert.DoesNotContain(ApplicationAction.Rejected, offered);
        Assert.DoesNotContain(ApplicationAction.SentBack, offered);
        Assert.Throws<InvalidStatusTransitionException>(() => a.Approve(Township, Day(4), ApplicationBuilder.Calendar, "符合", "每月 600 元"));
    }

    [Fact]
    public void TheWholeWay_VisitReviewNoticeObjectionBackAgainAndConfirmation_WritesEachStage()
    {
        var item = StagedDibao();
        var calendar = ApplicationBuilder.Calendar;
        var a = File(item);
        a.Accept(Township, Day(3), calendar, 30, item.Procedure);

        Assert.Equal("home-visit-required", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(4), calendar, item.Procedure, null)).Code);
        Assert.Equal("visitors-required", Assert.Throws<DomainException>(() => a.RecordHomeVisit(Township, Day(4), item.Procedure, Visit("王五"), "核对")).Code);
        var visit = a.RecordHomeVisit(Township, Day(4), item.Procedure, Visit("王五", "赵六"), "核对：未见异常");
        Assert.Equal("王五、赵六", visit.Visitors);
        a.CompleteStage(Township, Day(5), calendar, item.Procedure, "调查属实");
        Assert.Equal("township-review", a.StageKey);

        Assert.Equal("recommendation-required", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(6), calendar, item.Procedure, null)).Code);
        Assert.Equal("benefit-required", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(6), calendar, item.Procedure, null, true)).Code);
        a.CompleteStage(Township, Day(6), calendar, item.Procedure, null, true, "每月 600 元", householdSize: 3);

        Assert.Equal(("public-notice", new DateOnly(2026, 3, 13)), (a.StageKey, a.NoticeEndsOn!.Value));
        var notice = Assert.Single(a.Notices);
        Assert.Equal(("李*英", 3, "每月 600 元", "530102001001"), (notice.MaskedName, notice.HouseholdSize, notice.ProposedHelp, notice.PlaceCode));
        Assert.Equal("notice-running", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(13), calendar, item.Procedure, null)).Code);

        // An objection holds the notice; upheld, it goes back to investigation and the notice is off.
        var objection = a.RaiseObjection(notice, "她家有一辆货车", null, Day(9), calendar, item.Procedure);
        Assert.Equal(new DateOnly(2026, 3, 16), objection.DueDate);
        Assert.Equal(1, a.OpenObjections);
        Assert.Equal("objection-open", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(16), calendar, item.Procedure, null)).Code);
        a.ResolveObjection(objection, true, "核实有货车一辆", Township, Day(10), calendar, item.Procedure);
        Assert.Equal(("investigation", 0, (DateOnly?)null), (a.StageKey, a.OpenObjections, a.NoticeEndsOn));
        // The case has left the notice stage: an objection to the old notice is a transition it no longer allows.
        Assert.Equal("invalid-transition", Assert.ThrowsAny<DomainException>(() => a.RaiseObjection(notice, "再提一次", null, Day(11), calendar, item.Procedure)).Code);

        // The second time round: a new visit is needed, then review and a second notice without objection.
        Assert.Equal("home-visit-required", Assert.Throws<DomainException>(() => a.CompleteStage(Township, Day(11), calendar, item.Procedure, null)).Code);
        a.RecordHomeVisit(Township, Day(11), item.Procedure, Visit("王五", "赵六") with { VisitedOn = new DateOnly(2026, 3, 11) }, null);
        a.CompleteStage(Township, Day(11), calendar, item.Procedure, "货车已报废");
        a.CompleteStage(Township, Day(12), calendar, item.Procedure, null, true, "每月 500 元", householdSize: 3);
        Assert.Equal(2, a.Notices.Count);
        a.CompleteStage(Township, Day(20), calendar, item.Procedure, "公示无异议");

        Assert.Equal(("county-confirmation", OfficeLevel.County, "530102"), (a.StageKey, a.StageOffice, a.StageOfficeRegionCode));
        Assert.Contains(ApplicationAction.Approved, a.AllowedActionsFor(County));
        a.Approve(County, Day(23), calendar, "经审核确认符合条件", "每月 500 元");

        Assert.Equal(
            ["acceptance", "investigation", "township-review", "public-notice", "investigation", "township-review", "public-notice", "county-confirmation"],
            a.StageRecords.Select(r => r.StageKey));
        Assert.Equal(
            [StageOutcome.Completed, StageOutcome.Completed, StageOutcome.Completed, StageOutcome.SentBack, StageOutcome.Completed, StageOutcome.Completed, StageOutcome.Completed, StageOutcome.Completed],
            a.StageRecords.Select(r => r.Outcome));
        Assert.Equal(Enumerable.Range(1, 8), a.StageRecords.Select(r => r.Sequence));
        Assert.All(a.StageRecords, r => Assert.True(r.OnTime, r.StageKey));
    }

    [Fact]
    public void ARecommendationToRefuse_SkipsTheNotice_AndTheCountyDecides()
    {
        var item = StagedDibao();
        var calendar = ApplicationBuilder.Calendar;
        var a = File(item);
        a.Accept(Township, Day(3), calendar, 30, item.Procedure);
        a.RecordHomeVisit(Township, Day(4), item.Procedure, Visit("王五", "赵六"), null);
        a.CompleteStage(Township, Day(5), calendar, item.Procedure, null);
        a.CompleteStage(Township, Day(6), calendar, item.Procedure, "人均收入超过标准", false);

        Assert.Equal("county-confirmation", a.StageKey);
        Assert.Empty(a.Notices);
        a.Reject(County, Day(9), calendar, "家庭人均收入高于当地低保标准");
        Assert.Equal(ApplicationStatus.Rejected, a.Status);
    }

    [Fact]
    public void AStageLateAgainstItsShare_IsRecordedLate_ThoughTheCaseIsStillOnTime()
    {
        var item = StagedDibao();
        var calendar = ApplicationBuilder.Calendar;
        var a = File(item);
        a.Accept(Township, Day(3), calendar, 30, item.Procedure);
        a.RecordHomeVisit(Township, Day(20), item.Procedure, Visit("王五", "赵六") with { VisitedOn = new DateOnly(2026, 3, 20) }, null);

        // Due 19 March (12 working days from 3 March); passed on 23 March.
        a.CompleteStage(Township, Day(23), calendar, item.Procedure, null);

        var investigation = a.StageRecords.Single(r => r.StageKey == "investigation");
        Assert.False(investigation.OnTime);
        Assert.Equal(14, investigation.WorkingDaysTaken);
        Assert.True(a.DueDate >= new DateOnly(2026, 4, 14));
    }

    [Fact]
    public void AChainThatDoesNotAddUp_IsRefusedWhenTheCatalogIsLoaded()
    {
        var item = new ServiceItem(ItemCode.Parse("civil.tekun"), DepartmentCode.Parse("civil"), "特困", "Extreme poverty", "living", 10, 0);

        var refused = Assert.Throws<DomainException>(() => item.Define(
            DepartmentCode.Parse("civil"), "特困", "Extreme poverty", "living", 10, 0, "", "", "", "", 1, [], [], [],
            [
                new("acceptance", StageKind.Acceptance, OfficeLevel.Township, "受理", "A", "", ""),
                new("investigation", StageKind.Investigation, OfficeLevel.Township, "调查", "I", "", "", WorkingDays: 8),
                new("decision", StageKind.Decision, OfficeLevel.County, "确认", "D", "", "", WorkingDays: 8),
            ]));

        Assert.Equal("invalid-procedure", refused.Code);
    }
}
