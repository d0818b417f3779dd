using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ReliefApplicationSupervisionTests
{
    private static readonly Actor Supervisor = new(Role.Supervisor, Guid.NewGuid());

    // Monday 21 September 2026, 10:00 in China; 25–27 September is the Mid-Autumn holiday.
    private static readonly DateTime Now = new(2026, 9, 21, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Thursday = new(2026, 9, 24);

    [Fact]
    public void Supervise_AnOpenApplication_AddsAnOpenNoteAHistoryStepAndTheEvent()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        var status = application.Status;

        var note = application.Supervise(Supervisor, "sup-530102", RegionCode.Parse("530102"), Now, ApplicationBuilder.Calendar, "  请加快办理 ", Thursday);

        Assert.Equal(("请加快办理", Thursday, (DateTime?)null), (note.Note, note.Deadline, note.ClosedAt));
        Assert.Same(note, Assert.Single(application.SupervisionNotes));
        Assert.Equal((ApplicationAction.Supervised, status), (application.History[^1].Action, application.Status));
        Assert.Equal(note.Id, Assert.Single(application.DomainEvents.OfType<ApplicationSupervisedDomainEvent>()).SupervisionNoteId);
    }

    [Theory]
    [InlineData(2026, 9, 21)]
    [InlineData(2026, 9, 25)]
    public void Supervise_WithADeadlineThatIsNotALaterWorkingDay_IsRefused(int year, int month, int day)
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);

        var refused = Assert.Throws<DomainException>(() =>
            application.Supervise(Supervisor, "sup-530102", RegionCode.Parse("530102"), Now, ApplicationBuilder.Calendar, "请加快办理", new DateOnly(year, month, day)));

        Assert.Equal("supervision-deadline", refused.Code);
        Assert.Empty(application.SupervisionNotes);
    }

    [Fact]
    public void Supervise_AClosedApplication_IsRefused()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Approved);

        Assert.Throws<InvalidStatusTransitionException>(() =>
            application.Supervise(Supervisor, "sup-530102", RegionCode.Parse("530102"), Now, ApplicationBuilder.Calendar, "请加快办理", Thursday));
    }

    [Fact]
    public void Decision_ClosesTheOpenNotes_AndALapsedNoteIsOnePastItsDeadline()
    {
        var application = new ApplicationBuilder().InStatus(ApplicationStatus.Accepted);
        var note = application.Supervise(Supervisor, "sup-530102", RegionCode.Parse("530102"), Now, ApplicationBuilder.Calendar, "请加快办理", Thursday);
        Assert.True(note.IsLapsedOn(Thursday.AddDays(1)));

        application.Reject(ApplicationBuilder.Caseworker, Now.AddDays(1), ApplicationBuilder.Calendar, "不符合条件");

        Assert.Equal(Now.AddDays(1), note.ClosedAt);
        Assert.False(note.IsLapsedOn(Thursday.AddDays(1)));
    }
}
