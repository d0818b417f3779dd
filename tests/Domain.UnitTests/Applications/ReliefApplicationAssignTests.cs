using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public sealed class ReliefApplicationAssignTests
{
    private static readonly DateTime Now = new(2026, 2, 9, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Colleague = Guid.NewGuid();

    [Fact]
    public void Assign_WhenNobodyHoldsIt_GivesItToTheColleagueAndRecordsWhoGaveIt()
    {
        var application = new ApplicationBuilder().Build();
        var version = application.Version;

        application.Assign(ApplicationBuilder.Caseworker, Now, Colleague);

        Assert.Equal(new CaseClaim(Colleague, Now), application.Holder);
        Assert.NotEqual(version, application.Version);
        var entry = application.History[^1];
        Assert.Equal((ApplicationAction.Assigned, ApplicationBuilder.Caseworker.Id), (entry.Action, entry.ActorId));
    }

    [Fact]
    public void Assign_WhenTheCallerHoldsIt_HandsItOver()
    {
        var application = new ApplicationBuilder().Build();
        application.Claim(ApplicationBuilder.Caseworker, Now);

        application.Assign(ApplicationBuilder.Caseworker, Now, Colleague);

        Assert.Equal(Colleague, application.Holder?.StaffId);
    }

    [Fact]
    public void Assign_WhenSomeoneElseHoldsIt_ThrowsClaimedByAnother()
    {
        var application = new ApplicationBuilder().Build();
        application.Claim(new Actor(Role.Caseworker, Colleague), Now);

        var refused = Assert.Throws<DomainException>(() => application.Assign(ApplicationBuilder.Caseworker, Now, ApplicationBuilder.Caseworker.Id!.Value));

        Assert.Equal(("claimed-by-another", Colleague), (refused.Code, application.Holder!.StaffId));
    }

    [Fact]
    public void Release_ByTheHolder_EmptiesTheClaim_AndByAnyoneElse_IsRefused()
    {
        var application = new ApplicationBuilder().Build();
        application.Claim(ApplicationBuilder.Caseworker, Now);

        var refused = Assert.Throws<DomainException>(() => application.Release(new Actor(Role.Caseworker, Colleague), Now));
        application.Release(ApplicationBuilder.Caseworker, Now);

        Assert.Equal("claimed-by-another", refused.Code);
        Assert.Null(application.Holder);
        Assert.Equal(ApplicationAction.Released, application.History[^1].Action);
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Assign_WhenClosed_ThrowsInvalidTransition(ApplicationStatus status)
    {
        var application = new ApplicationBuilder().InStatus(status);

        Assert.Throws<InvalidStatusTransitionException>(() => application.Assign(ApplicationBuilder.Caseworker, Now, Colleague));
    }

    [Fact]
    public void RequestInformation_KeepsTheMissingDocuments_UntilTheNextRequest()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        RequiredDocument[] missing = [new("idCard", "身份证", "ID card", true), new("incomeProof", "收入证明", "Proof of income", true)];

        application.RequestInformation(ApplicationBuilder.Caseworker, Now, "请补充", missing);
        var first = application.RequestedDocumentKeys;
        application.Supplement(ApplicationBuilder.Caseworker, Now.AddDays(1), ApplicationBuilder.Calendar, "已交");
        application.RequestInformation(ApplicationBuilder.Caseworker, Now.AddDays(2), "还缺一项", [missing[1]]);

        Assert.Equal(["idCard", "incomeProof"], first);
        Assert.Equal(["incomeProof"], application.RequestedDocumentKeys);
        Assert.Equal(ApplicationStatus.InfoRequested, application.Status);
    }

    [Fact]
    public void ReturnToQueue_EmptiesTheClaim_AndNamesTheFormerHolder_ButLeavesAClosedCaseAlone()
    {
        var open = new ApplicationBuilder().Build();
        open.Claim(ApplicationBuilder.Caseworker, Now);
        var admin = new Actor(Role.Administrator, Guid.NewGuid());

        open.ReturnToQueue(admin, Now, "李经办 (cw-li)");

        Assert.Null(open.Holder);
        Assert.Equal((ApplicationAction.Released, Role.Administrator, "李经办 (cw-li)"), (open.History[^1].Action, open.History[^1].ActorRole, open.History[^1].Reason));
        var closed = new ApplicationBuilder().InStatus(ApplicationStatus.Approved);
        var steps = closed.History.Count;
        closed.ReturnToQueue(admin, Now, "x");
        Assert.Equal(steps, closed.History.Count);
    }
}
