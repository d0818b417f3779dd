using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ReliefApplicationExtensionTests
{
    private static readonly Actor Supervisor = new(Role.Supervisor, Guid.NewGuid());
    private static readonly DateTime Now = new(2026, 9, 21, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ApproveExtension_MovesTheDueDateByWorkingDays_AndRaisesTheEvent()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        var due = application.DueDate;
        application.RequestExtension(ApplicationBuilder.Caseworker, Now, 10, "需要入户调查", 15);

        application.ApproveExtension(Supervisor, Now, ApplicationBuilder.Calendar, null);

        Assert.Equal(ApplicationBuilder.Calendar.AddWorkingDays(due, 10), application.DueDate);
        Assert.Equal(10, application.ExtendedWorkingDays);
        Assert.Null(application.PendingExtension);
        Assert.Equal([ApplicationAction.ExtensionRequested, ApplicationAction.ExtensionApproved], application.History.TakeLast(2).Select(h => h.Action));
        Assert.Single(application.DomainEvents.OfType<ApplicationExtendedDomainEvent>());
    }

    [Theory]
    [InlineData(16, 15)]
    [InlineData(1, 0)]
    public void RequestExtension_BeyondTheItemsCap_IsRefused(int days, int cap)
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);

        var refused = Assert.Throws<DomainException>(() => application.RequestExtension(ApplicationBuilder.Caseworker, Now, days, "原因", cap));

        Assert.Equal("extension-cap", refused.Code);
        Assert.Null(application.PendingExtension);
    }

    [Fact]
    public void RequestExtension_CountsEarlierExtensionsAgainstTheCap()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        application.RequestExtension(ApplicationBuilder.Caseworker, Now, 10, "第一次", 15);
        application.ApproveExtension(Supervisor, Now, ApplicationBuilder.Calendar, null);

        var refused = Assert.Throws<DomainException>(() => application.RequestExtension(ApplicationBuilder.Caseworker, Now, 6, "第二次", 15));

        Assert.Equal("extension-cap", refused.Code);
    }

    [Fact]
    public void RequestExtension_WhileOneIsPending_IsRefused()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        application.RequestExtension(ApplicationBuilder.Caseworker, Now, 5, "第一次", 15);

        var refused = Assert.Throws<DomainException>(() => application.RequestExtension(ApplicationBuilder.Caseworker, Now, 5, "第二次", 15));

        Assert.Equal("extension-pending", refused.Code);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void RequestExtension_OutsideTheDecisionClock_IsRefused(ApplicationStatus status)
    {
        var application = new ApplicationBuilder().InStatus(status);

        Assert.Throws<InvalidStatusTransitionException>(() => application.RequestExtension(ApplicationBuilder.Caseworker, Now, 5, "原因", 15));
    }

    [Fact]
    public void RefuseExtension_LeavesTheDueDate_AndCompletingClearsAPendingRequest()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        var due = application.DueDate;
        application.RequestExtension(ApplicationBuilder.Caseworker, Now, 5, "原因", 15);
        application.RefuseExtension(Supervisor, Now, "材料已齐全，应按期办结");
        application.RequestExtension(ApplicationBuilder.Caseworker, Now, 5, "再次申请", 15);

        application.Approve(ApplicationBuilder.Caseworker, Now, ApplicationBuilder.Calendar, "符合条件", null);

        Assert.Equal(due, application.DueDate);
        Assert.Equal(0, application.ExtendedWorkingDays);
        Assert.Null(application.PendingExtension);
        Assert.Throws<InvalidStatusTransitionException>(() => application.ApproveExtension(Supervisor, Now, ApplicationBuilder.Calendar, null));
    }
}
