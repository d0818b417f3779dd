using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Domain.UnitTests.Applications;

/// <summary>The clock columns of the table; its action columns are specified by <see cref="ReliefApplicationTransitionTests"/>.</summary>
public class ApplicationLifecycleTests
{
    [Theory]
    [InlineData(ApplicationStatus.Submitted, ClockState.Running, DeadlinePhase.Intake, true)]
    [InlineData(ApplicationStatus.Accepted, ClockState.Running, DeadlinePhase.Decision, true)]
    [InlineData(ApplicationStatus.InfoRequested, ClockState.Paused, null, true)]
    [InlineData(ApplicationStatus.Approved, ClockState.Stopped, null, false)]
    [InlineData(ApplicationStatus.Rejected, ClockState.Stopped, null, false)]
    [InlineData(ApplicationStatus.NotAccepted, ClockState.Stopped, null, false)]
    [InlineData(ApplicationStatus.Withdrawn, ClockState.Stopped, null, false)]
    public void Of_EachStatus_SaysItsClockDeadlineAndWhetherItIsOpen(ApplicationStatus status, ClockState clock, DeadlinePhase? phase, bool open)
    {
        var rules = ApplicationLifecycle.Of(status);

        Assert.Equal((status, clock, phase, open), (rules.Status, rules.Clock, rules.Phase, rules.IsOpen));
        Assert.Equal(open, status.IsOpen());
    }

    [Fact]
    public void StatusLists_AreReadFromTheTable()
    {
        Assert.Equal([ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.InfoRequested, ApplicationStatus.UnderAppeal], ApplicationLifecycle.Open);
        Assert.Equal([ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.UnderAppeal], ApplicationLifecycle.ClockRunning);
        Assert.Equal([ApplicationStatus.InfoRequested], ApplicationLifecycle.ClockPaused);
    }

    [Fact]
    public void Chased_IsTheRunningStatusesOfThePhase_OrAllOfThemWithoutOne()
    {
        Assert.Equal([ApplicationStatus.Submitted], ApplicationLifecycle.Chased(DeadlinePhase.Intake).Select(r => r.Status));
        Assert.Equal([ApplicationStatus.Accepted], ApplicationLifecycle.Chased(DeadlinePhase.Decision).Select(r => r.Status));
        Assert.Equal([ApplicationStatus.UnderAppeal], ApplicationLifecycle.Chased(DeadlinePhase.Appeal).Select(r => r.Status));
        Assert.Equal([ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.UnderAppeal], ApplicationLifecycle.Chased(null).Select(r => r.Status));
    }

    [Theory]
    [InlineData(ClockState.Running, null)]
    [InlineData(ClockState.Paused, DeadlinePhase.Decision)]
    [InlineData(ClockState.Stopped, DeadlinePhase.Intake)]
    public void StatusRules_WithADeadlineButNoRunningClock_OrTheOtherWayRound_IsRefused(ClockState clock, DeadlinePhase? phase)
    {
        Assert.Throws<ArgumentException>(() => new StatusRules(ApplicationStatus.Accepted, clock, phase, []));
    }
}
