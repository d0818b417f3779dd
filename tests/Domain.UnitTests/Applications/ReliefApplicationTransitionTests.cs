using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Applications.Events;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Domain.UnitTests.Applications;

public class ReliefApplicationTransitionTests
{
    private static readonly DateTime Later = new(2026, 2, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Supervisor = new(Role.Supervisor, Guid.NewGuid());
    private static readonly ApplicationStatus[] Open = [ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.InfoRequested];

    /// <summary>The open statuses and a refusal under review (复核), which the office holds, claims and is supervised on like any open case.</summary>
    private static readonly ApplicationStatus[] Held = [.. Open, ApplicationStatus.UnderAppeal];
    private static readonly Domain.Catalog.ProcedureChain OneStage = ApplicationBuilder.Dibao.Procedure;

    /// <summary>The open case, filed first from another account, that a linked filing is merged into.</summary>
    private static readonly ReliefApplication FirstFiling = new ApplicationBuilder().Build();

    /// <summary>
    /// The specification of <see cref="ApplicationLifecycle"/>, written out rather than read from it: which
    /// statuses each action is allowed from, and where it leads (null: the case stays where it is).
    /// </summary>
    private static readonly Dictionary<ApplicationAction, (ApplicationStatus[] From, ApplicationStatus? To)> Rules = new()
    {
        [ApplicationAction.Accepted] = ([ApplicationStatus.Submitted], ApplicationStatus.Accepted),
        [ApplicationAction.NotAccepted] = ([ApplicationStatus.Submitted], ApplicationStatus.NotAccepted),
        [ApplicationAction.InfoRequested] = ([ApplicationStatus.Accepted], ApplicationStatus.InfoRequested),
        [ApplicationAction.Supplemented] = ([ApplicationStatus.InfoRequested], ApplicationStatus.Accepted),
        [ApplicationAction.Approved] = ([ApplicationStatus.Accepted], ApplicationStatus.Approved),
        [ApplicationAction.Rejected] = ([ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], ApplicationStatus.Rejected),
        [ApplicationAction.Transferred] = ([ApplicationStatus.Submitted, ApplicationStatus.Accepted], ApplicationStatus.Submitted),
        [ApplicationAction.Withdrawn] = (Open, ApplicationStatus.Withdrawn),
        [ApplicationAction.ExtensionRequested] = ([ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], null),
        [ApplicationAction.ExtensionApproved] = ([ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], null),
        [ApplicationAction.ExtensionRefused] = ([ApplicationStatus.Accepted, ApplicationStatus.InfoRequested], null),
        [ApplicationAction.Supervised] = (Held, null),
        [ApplicationAction.Claimed] = (Held, null),
        [ApplicationAction.Assigned] = (Held, null),
        [ApplicationAction.Released] = (Held, null),
        [ApplicationAction.Merged] = (Open, ApplicationStatus.Merged),
        [ApplicationAction.UrgentHelpRecorded] = (Open, null),
        [ApplicationAction.Appealed] = ([ApplicationStatus.Rejected, ApplicationStatus.NotAccepted], ApplicationStatus.UnderAppeal),

        // The builder's case under appeal was refused: upheld, it is refused again; overturned, open for a new decision.
        [ApplicationAction.AppealUpheld] = ([ApplicationStatus.UnderAppeal], ApplicationStatus.Rejected),
        [ApplicationAction.AppealOverturned] = ([ApplicationStatus.UnderAppeal], ApplicationStatus.Accepted),

        // Withdrawn by the resident, the refusal stands as it was.
        [ApplicationAction.AppealWithdrawn] = ([ApplicationStatus.UnderAppeal], ApplicationStatus.Rejected),

        // A one-stage item has no stage work: these belong to the staged procedure (StagedProcedureTests).
        [ApplicationAction.StageCompleted] = ([], null),
        [ApplicationAction.SentBack] = ([], null),
        [ApplicationAction.HomeVisitRecorded] = ([], null),
        [ApplicationAction.ObjectionRaised] = ([], null),
        [ApplicationAction.ObjectionResolved] = ([], null),
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

    [Fact]
    public void Rules_CoverEveryActionButFilingAndTheCalendarsMove()
    {
        var steps = Enum.GetValues<ApplicationAction>().Except([ApplicationAction.Submitted, ApplicationAction.DueDateChanged]);

        Assert.Equal(steps.Order(), Rules.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Action_FromEachStatus_IsAllowedAndOfferedOnlyWhereTheLifecycleSays(ApplicationStatus from, ApplicationAction action)
    {
        var application = new ApplicationBuilder().InStatus(from);
        Prepare(application, action);
        var historyBefore = application.History.Count;
        var versionBefore = application.Version;
        var (allowedFrom, to) = Rules[action];

        var offered = application.AllowedActionsFor(ActorOf(action)).Contains(action);

        Assert.Equal(allowedFrom.Contains(from), offered);
        if (allowedFrom.Contains(from))
        {
            Perform(application, action);

            Assert.Equal(to ?? from, application.Status);
            Assert.Equal(historyBefore + 1, application.History.Count);
            var entry = application.History[^1];
            Assert.Equal(action, entry.Action);
            Assert.Equal(from, entry.FromStatus);
            Assert.Equal(to ?? from, entry.ToStatus);
            Assert.Equal(Later, entry.At);
            Assert.NotEqual(versionBefore, application.Version);
            var changed = application.DomainEvents.OfType<ApplicationStatusChangedDomainEvent>().ToList();
            if (to is { } target)
            {
                Assert.Equal((from, target, action), (changed.Single().From, changed.Single().To, changed.Single().Action));
            }
            else
            {
                Assert.Empty(changed);
            }
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

    [Theory]
    [InlineData(ApplicationStatus.Submitted, new[] { ApplicationAction.Accepted, ApplicationAction.NotAccepted, ApplicationAction.Transferred, ApplicationAction.Withdrawn, ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned })]
    [InlineData(ApplicationStatus.Accepted, new[] { ApplicationAction.InfoRequested, ApplicationAction.Approved, ApplicationAction.Rejected, ApplicationAction.Transferred, ApplicationAction.Withdrawn, ApplicationAction.ExtensionRequested, ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned })]
    [InlineData(ApplicationStatus.InfoRequested, new[] { ApplicationAction.Supplemented, ApplicationAction.Rejected, ApplicationAction.Withdrawn, ApplicationAction.ExtensionRequested, ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned })]
    [InlineData(ApplicationStatus.Approved, new ApplicationAction[0])]
    [InlineData(ApplicationStatus.Rejected, new[] { ApplicationAction.Appealed })]
    [InlineData(ApplicationStatus.NotAccepted, new[] { ApplicationAction.Appealed })]
    [InlineData(ApplicationStatus.UnderAppeal, new[] { ApplicationAction.Supervised, ApplicationAction.Claimed, ApplicationAction.Assigned, ApplicationAction.AppealUpheld, ApplicationAction.AppealOverturned, ApplicationAction.AppealWithdrawn })]
    [InlineData(ApplicationStatus.Withdrawn, new ApplicationAction[0])]
    [InlineData(ApplicationStatus.Merged, new ApplicationAction[0])]
    public void AllowedActionsFor_ACaseworker_OnAnUnheldCaseWithoutExtension_AreTheStatusesActionsInEnumOrder(ApplicationStatus status, ApplicationAction[] expected)
    {
        var application = new ApplicationBuilder().InStatus(status);

        var allowed = application.AllowedActionsFor(ApplicationBuilder.Caseworker);

        Assert.Equal(expected.Order(), allowed);
    }

    /// <summary>Puts the state the action needs beside its status (a pending extension, a holder) wherever the rules let it.</summary>
    private static void Prepare(ReliefApplication a, ApplicationAction action)
    {
        if (action is ApplicationAction.ExtensionApproved or ApplicationAction.ExtensionRefused
            && Rules[ApplicationAction.ExtensionRequested].From.Contains(a.Status))
        {
            a.RequestExtension(ApplicationBuilder.Caseworker, Later, 5, "需要入户调查", 15);
        }

        if (action is ApplicationAction.Released && Rules[ApplicationAction.Claimed].From.Contains(a.Status))
        {
            a.Claim(ApplicationBuilder.Caseworker, Later);
        }

        // 并案 is offered only on a filing linked to another account's open case of the same person and item.
        if (action is ApplicationAction.Merged)
        {
            a.MarkPossibleDuplicateOf(FirstFiling.Id);
        }

        // 先行救助 is offered on a case marked urgent whose help is not yet recorded.
        if (action is ApplicationAction.UrgentHelpRecorded)
        {
            a.MarkUrgent(ApplicationBuilder.UrgentTrack, Later);
        }

        a.ClearDomainEvents();
    }

    private static Actor ActorOf(ApplicationAction action) => action switch
    {
        ApplicationAction.Supplemented or ApplicationAction.Withdrawn or ApplicationAction.Appealed or ApplicationAction.AppealWithdrawn => ApplicationBuilder.Resident,
        ApplicationAction.ExtensionApproved or ApplicationAction.ExtensionRefused or ApplicationAction.Supervised => Supervisor,
        _ => ApplicationBuilder.Caseworker,
    };

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
            case ApplicationAction.ExtensionRequested: a.RequestExtension(cw, Later, 5, "需要入户调查", 15); break;
            case ApplicationAction.ExtensionApproved: a.ApproveExtension(Supervisor, Later, calendar, null); break;
            case ApplicationAction.ExtensionRefused: a.RefuseExtension(Supervisor, Later, "理由不足"); break;
            case ApplicationAction.Supervised: a.Supervise(Supervisor, "sup-530102", RegionCode.Parse("530102"), Later, calendar, "请加快办理", new DateOnly(2026, 2, 12)); break;
            case ApplicationAction.Claimed: a.Claim(cw, Later); break;
            case ApplicationAction.Assigned: a.Assign(cw, Later, Guid.NewGuid(), "李四"); break;
            case ApplicationAction.Released: a.Release(cw, Later); break;
            case ApplicationAction.Merged: a.MergeInto(FirstFiling, cw, Later); break;
            case ApplicationAction.UrgentHelpRecorded: a.RecordUrgentHelp(cw, Later, calendar, ApplicationBuilder.UrgentTrack, UrgentHelpKind.Cash, 800m, null, "家中失火，先行发放救急款"); break;
            case ApplicationAction.StageCompleted: a.CompleteStage(cw, Later, calendar, OneStage, "已完成"); break;
            case ApplicationAction.SentBack: a.SendBack(cw, Later, calendar, OneStage, "重新调查"); break;
            case ApplicationAction.HomeVisitRecorded: a.RecordHomeVisit(cw, Later, OneStage, new HomeVisitReport(new DateOnly(2026, 2, 10), ["王五", "赵六"], 3, 0, 500, "砖混", "属实"), null); break;
            case ApplicationAction.ObjectionRaised: a.RaiseObjection(null!, "有收入", null, Later, calendar, OneStage); break;
            case ApplicationAction.Appealed: a.FileAppeal(ApplicationBuilder.Resident, Later, calendar, Domain.Catalog.AppealRules.Default, "原决定把已经卖掉的房子算进了家庭财产。"); break;
            case ApplicationAction.AppealUpheld: a.DecideAppeal(cw, Later, calendar, AppealOutcome.Upheld, "复核后认定收入确实超过标准", 30, OneStage); break;
            case ApplicationAction.AppealOverturned: a.DecideAppeal(cw, Later, calendar, AppealOutcome.Overturned, "房产已经转让，原认定有误", 30, OneStage); break;
            case ApplicationAction.AppealWithdrawn: a.WithdrawAppeal(ApplicationBuilder.Resident, Later, "已经解决了"); break;
            case ApplicationAction.ObjectionResolved: a.ResolveObjection(null!, false, "不成立", cw, Later, calendar, OneStage); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
