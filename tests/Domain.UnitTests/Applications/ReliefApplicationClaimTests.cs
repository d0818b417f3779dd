using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public sealed class ReliefApplicationClaimTests
{
    private static readonly DateTime Now = new(2026, 2, 9, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Accepted)]
    [InlineData(ApplicationStatus.InfoRequested)]
    public void Claim_WhenOpenAndUnclaimed_AssignsTheCaseworkerRecordsItAndRenewsTheVersion(ApplicationStatus status)
    {
        var application = new ApplicationBuilder().InStatus(status);
        var version = application.Version;
        var steps = application.History.Count;

        application.Claim(ApplicationBuilder.Caseworker, Now);

        Assert.Equal(new CaseClaim(ApplicationBuilder.Caseworker.Id!.Value, Now), application.Holder);
        Assert.Equal(status, application.Status);
        Assert.NotEqual(version, application.Version);
        var entry = application.History[^1];
        Assert.Equal((steps + 1, ApplicationAction.Claimed, status, status), (application.History.Count, entry.Action, entry.FromStatus!.Value, entry.ToStatus));
    }

    [Fact]
    public void Claim_WhenTheCallerAlreadyHoldsIt_ChangesNothing()
    {
        var application = new ApplicationBuilder().Build();
        application.Claim(ApplicationBuilder.Caseworker, Now);
        var version = application.Version;

        application.Claim(ApplicationBuilder.Caseworker, Now.AddMinutes(5));

        Assert.Equal((version, Now, 2), (application.Version, application.Holder!.Since, application.History.Count));
    }

    [Fact]
    public void Claim_WhenAnotherCaseworkerHoldsIt_ThrowsClaimedByAnother()
    {
        var application = new ApplicationBuilder().Build();
        application.Claim(ApplicationBuilder.Caseworker, Now);

        var refused = Assert.Throws<DomainException>(() => application.Claim(new Actor(Role.Caseworker, Guid.NewGuid()), Now));

        Assert.Equal("claimed-by-another", refused.Code);
        Assert.Equal(ApplicationBuilder.Caseworker.Id, application.Holder?.StaffId);
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.NotAccepted)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Claim_WhenClosed_ThrowsInvalidTransition(ApplicationStatus status)
    {
        var application = new ApplicationBuilder().InStatus(status);

        Assert.Throws<InvalidStatusTransitionException>(() => application.Claim(ApplicationBuilder.Caseworker, Now));
        Assert.Null(application.Holder);
    }

    [Fact]
    public void Claim_ByAResident_ThrowsClaimByCaseworker()
    {
        var application = new ApplicationBuilder().Build();

        var refused = Assert.Throws<DomainException>(() => application.Claim(ApplicationBuilder.Resident, Now));

        Assert.Equal("claim-by-caseworker", refused.Code);
    }
}
