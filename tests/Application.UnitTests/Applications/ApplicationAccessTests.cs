using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.UnitTests.Fakes;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.UnitTests.Applications;

public class ApplicationAccessTests
{
    private static readonly Guid ResidentA = Guid.NewGuid();
    private static readonly Guid ResidentB = Guid.NewGuid();
    private static readonly ServiceItem Dibao = CatalogItems.Dibao();
    private static readonly ServiceItem StudentAid = CatalogItems.StudentAid();

    /// <summary>Named by department, county and owner: <c>civil-530102-A</c> is resident A's dibao case in Wuhua.</summary>
    private static readonly IQueryable<ReliefApplication> Applications = new[]
    {
        Submit("civil-530102-A", Dibao, "530102001", ResidentA),
        Submit("civil-530102-B", Dibao, "530102", ResidentB),
        Submit("edu-530102-A", StudentAid, "530102001", ResidentA),
        Submit("civil-530103-B", Dibao, "530103001", ResidentB),
        Submit("civil-530302-B", Dibao, "530302", ResidentB),
        Submit("civil-110101-B", Dibao, "110101", ResidentB),
    }.AsQueryable();

    [Fact]
    public void VisibleTo_WhenCallerIsResident_ReturnsOnlyTheirOwn()
    {
        var user = FakeCurrentUser.Resident(ResidentA);

        var visible = Applications.VisibleTo(user);

        Assert.Equal(["civil-530102-A", "edu-530102-A"], TrackingNumbers(visible));
    }

    [Fact]
    public void VisibleTo_WhenCallerIsCaseworker_ReturnsTheirDepartmentInTheirCounty()
    {
        var user = FakeCurrentUser.Caseworker("civil", "530102");

        var visible = Applications.VisibleTo(user);

        Assert.Equal(["civil-530102-A", "civil-530102-B"], TrackingNumbers(visible));
    }

    [Fact]
    public void VisibleTo_WhenCallerIsPrefectureSupervisor_ReturnsEveryCountyOfThePrefecture()
    {
        var user = FakeCurrentUser.Supervisor("530100");

        var visible = Applications.VisibleTo(user);

        Assert.Equal(["civil-530102-A", "civil-530102-B", "civil-530103-B", "edu-530102-A"], TrackingNumbers(visible));
    }

    [Fact]
    public void VisibleTo_WhenCallerIsProvinceSupervisor_ReturnsAllOfYunnanOnly()
    {
        var user = FakeCurrentUser.Supervisor("530000");

        var visible = Applications.VisibleTo(user);

        Assert.Equal(["civil-530102-A", "civil-530102-B", "civil-530103-B", "civil-530302-B", "edu-530102-A"], TrackingNumbers(visible));
    }

    [Fact]
    public void VisibleTo_WhenSupervisorHasNoRegion_ReturnsNothing()
    {
        var user = new FakeCurrentUser(true, Guid.NewGuid(), Role.Supervisor);

        var visible = Applications.VisibleTo(user);

        Assert.Empty(visible);
    }

    [Fact]
    public void VisibleTo_WhenCallerIsAdministrator_ReturnsNothing()
    {
        var user = FakeCurrentUser.Administrator();

        var visible = Applications.VisibleTo(user);

        Assert.Empty(visible);
    }

    [Fact]
    public void VisibleTo_WhenCallerIsAnonymous_ReturnsNothing()
    {
        var user = FakeCurrentUser.Anonymous;

        var visible = Applications.VisibleTo(user);

        Assert.Empty(visible);
    }

    [Theory]
    [InlineData("530000")]
    [InlineData("530100")]
    [InlineData("530102")]
    public void ActionableBy_WhenCallerIsSupervisor_ReturnsNothing(string regionCode)
    {
        var user = FakeCurrentUser.Supervisor(regionCode);

        var actionable = Applications.ActionableBy(user);

        Assert.Empty(actionable);
    }

    [Fact]
    public void ActionableBy_WhenCallerIsResident_ReturnsNothing()
    {
        var user = FakeCurrentUser.Resident(ResidentA);

        var actionable = Applications.ActionableBy(user);

        Assert.Empty(actionable);
    }

    [Fact]
    public void ActionableBy_WhenCallerIsCaseworker_ReturnsWhatTheyCanSee()
    {
        var user = FakeCurrentUser.Caseworker("civil", "530102");

        var actionable = Applications.ActionableBy(user);

        Assert.Equal(["civil-530102-A", "civil-530102-B"], TrackingNumbers(actionable));
    }

    private static List<string> TrackingNumbers(IQueryable<ReliefApplication> applications) =>
        applications.Select(a => a.TrackingNumber).AsEnumerable().Order(StringComparer.Ordinal).ToList();

    private static ReliefApplication Submit(string trackingNumber, ServiceItem item, string regionCode, Guid residentId) =>
        ReliefApplication.Submit(
            trackingNumber,
            item,
            RegionCode.Parse(regionCode),
            Applicant.Create("张三", ResidentIdNumber.Parse("530102196001011238", new DateOnly(2026, 1, 1)), MobileNumber.Parse("13800138000"), "bi1:index"),
            """{"householdSize":3}""",
            "家里困难",
            FilingChannel.Resident,
            residentId,
            new Actor(Role.Resident, residentId),
            new DateTime(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc),
            new WorkingCalendar([]),
            intakeTimeLimitWorkingDays: 5);
}
