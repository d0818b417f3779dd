using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ReliefApplicationTransitionTests
{
    private static readonly DateTime Later = new(2026, 2, 10, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>Which statuses each action is allowed from, and where it leads.</summary>
    private static readonly Dictionary<ApplicationAction, (ApplicationStatus[] From, ApplicationStatus To)> Rules = new()
    {
        [ApplicationAction.Accepted] = ([ApplicationStatus.Submitted], ApplicationStatus.Accepted),
        [ApplicationAction.NotAccepted] = ([ApplicationStatus.Submitted], ApplicationStatus.NotAccepted),
        [ApplicationAction.InfoRequested] = ([ApplicationStatus.Accepted], ApplicationStatus.InfoRequested),
        [ApplicationAction.Supplemented] = ([ApplicationStatus.InfoRequested], ApplicationStatus.Accepted),
        [ApplicationAction.Approved] = ([ApplicationStatus.Accepted], ApplicationStatus.Approved),
        [ApplicationAction.Rejected] = ([ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], ApplicationStatus.Rejected),
        [ApplicationAction.Transferred] = ([ApplicationStatus.Submitted, ApplicationStatus.Accepted], ApplicationStatus.Submitted),
        [ApplicationAction.Withdrawn] = ([ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], ApplicationStatus.Withdrawn),
    };

    public static TheoryData<ApplicationStatus, ApplicationAction> AllPairs()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationAction>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in Rules.Keys)
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Action_FromEachStatus_IsAllowedOnlyWhereTheLifecycleSays(ApplicationStatus from, ApplicationAction action)
    {
        var application = new ApplicationBuilder().InStatus(from);
        var historyBefore = application.History.Count;
        var versionBefore = application.Version;
        var (allowedFrom, to) = Rules[action];

        if (allowedFrom.Contains(from))
        {
            Perform(application, action);

            Assert.Equal(to, application.Status);
            Assert.Equal(historyBefore + 1, application.History.Count);
            var entry = application.History[^1];
            Assert.Equal(action, entry.Action);
            Assert.Equal(from, entry.FromStatus);
            Assert.Equal(to, entry.ToStatus);
            Assert.Equal(Later, entry.At);
            Assert.NotEqual(versionBefore, application.Version);
            var changed = Assert.Single(application.DomainEvents.OfType<ApplicationStatusChangedDomainEvent>());
            Assert.Equal((from, to, action), (changed.From, changed.To, changed.Action));
        }
        else
        {
            var refused = Assert.Throws<InvalidStatusTransitionException>(() => Perform(application, action));

            Assert.Equal(from, refused.Current);
            Assert.Equal(action, refused.Attempted);
            Assert.Equal(from, application.Status);
            Assert.Equal(historyBefore, application.History.Count);
            Assert.Equal(versionBefore, application.Version);
            Assert.Empty(application.DomainEvents);
        }
    }

    private static void Perform(ReliefApplication a, ApplicationAction action)
    {
        var cw = ApplicationBuilder.Caseworker;
        var calendar = ApplicationBuilder.Calendar;
        switch (action)
        {
            case ApplicationAction.Accepted: a.Accept(cw, Later, calendar, 30); break;
            case ApplicationAction.NotAccepted: a.NotAccept(cw, Later, calendar, "材料不属于本部门受理范围"); break;
            case ApplicationAction.InfoRequested: a.RequestInformation(cw, Later, "请补充收入证明"); break;
            case ApplicationAction.Supplemented: a.Supplement(ApplicationBuilder.Resident, Later, calendar, "已补充"); break;
            case ApplicationAction.Approved: a.Approve(cw, Later, calendar, "符合条件", null); break;
            case ApplicationAction.Rejected: a.Reject(cw, Later, calendar, "不符合条件"); break;
            case ApplicationAction.Transferred: a.Transfer(cw, Later, calendar, ApplicationBuilder.StudentAid, "应由教育部门办理", 1); break;
            case ApplicationAction.Withdrawn: a.Withdraw(ApplicationBuilder.Resident, Later, "不需要了"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
