using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;

namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// 先行救助 on one application (ADR 0039): two clocks beside the ordinary due date. The help clock counts
/// clock hours from filing, holidays included, to <see cref="HelpDueAt"/>; once help is recorded, the
/// paperwork clock counts working days from the China date of the help to <see cref="PaperworkDueDate"/>.
/// </summary>
public sealed record UrgentAid(DateTime MarkedAt, UrgentMarkSource MarkedBy, DateTime HelpDueAt)
{
    public const int GoodsMaxLength = 200;

    public DateTime? HelpRecordedAt { get; init; }

    public UrgentHelpKind? HelpKind { get; init; }

    /// <summary>Cash given, in yuan.</summary>
    public decimal? HelpAmount { get; init; }

    /// <summary>The last working day for the paperwork (the normal decision), a China date.</summary>
    public DateOnly? PaperworkDueDate { get; init; }

    /// <summary>
    /// The instant <see cref="PaperworkDueDate"/> ends (the next China midnight): a decision before it is on
    /// time. Kept as an instant so that queries compare it with the decision's instant without time zones.
    /// </summary>
    public DateTime? PaperworkDueBefore { get; init; }

    public bool HelpPending => HelpRecordedAt is null;

    /// <summary>Help recorded within the hours; null while none is recorded.</summary>
    public bool? HelpOnTime => HelpRecordedAt is { } at ? at <= HelpDueAt : null;

    /// <summary>Marked at filing (the resident's answer) or by a caseworker giving help first; the help clock starts at filing either way.</summary>
    public static UrgentAid Mark(DateTime submittedAt, DateTime nowUtc, UrgentMarkSource by, UrgentTrackRules rules) =>
        new(nowUtc, by, submittedAt.AddHours(rules.HelpWithinHours));

    /// <summary>Hours left on the help clock at <paramref name="nowUtc"/>, negative once missed; null once help is recorded.</summary>
    public decimal? HelpHoursLeft(DateTime nowUtc) =>
        HelpPending ? Math.Round((decimal)(HelpDueAt - nowUtc).TotalHours, 1) : null;

    /// <summary>
    /// The help recorded and the paperwork clock started. The goods, in the caseworker's words, are checked
    /// here but kept only in the history entry, which is encrypted as every reason is (ADR 0014).
    /// </summary>
    public UrgentAid WithHelp(DateTime nowUtc, WorkingCalendar calendar, UrgentTrackRules rules, UrgentHelpKind kind, decimal? amount, string? goods)
    {
        if (!HelpPending)
        {
            throw new DomainException("urgent-help-recorded", Text.Pick("这件申请已经登记过先行救助。", "Help given first is already recorded on this application."));
        }

        var cash = kind is UrgentHelpKind.Cash or UrgentHelpKind.CashAndGoods;
        var inKind = kind is UrgentHelpKind.Goods or UrgentHelpKind.CashAndGoods;
        if (cash != (amount is > 0) || inKind != !string.IsNullOrWhiteSpace(goods))
        {
            throw new DomainException("urgent-help-incomplete", Text.Pick("请写明发放的现金金额和（或）实物。", "Say the cash amount and/or the goods given."));
        }

        if (inKind)
        {
            Guard.Text(goods, GoodsMaxLength, "The goods");
        }

        var due = calendar.AddWorkingDays(ChinaTime.DateOf(nowUtc), rules.PaperworkWithinWorkingDays);
        return this with
        {
            HelpRecordedAt = nowUtc,
            HelpKind = kind,
            HelpAmount = cash ? amount : null,
            PaperworkDueDate = due,
            PaperworkDueBefore = ChinaTime.StartOfDayUtc(due.AddDays(1)),
        };
    }

    /// <summary>
    /// What the deadline sweep owes the department now, each at most once (the sweep keeps what it raised):
    /// while help is pending, a reminder at the tightest of <see cref="UrgentTrackRules.RemindAtHoursLeft"/>
    /// passed and an escalation once the hours are out; after the help, the paperwork date chased as the
    /// ordinary due date is (<paramref name="policy"/>): reminded, overdue, escalated.
    /// </summary>
    public IReadOnlyList<UrgentAlert> AlertsDue(DateTime nowUtc, UrgentTrackRules rules, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        if (HelpPending)
        {
            if (nowUtc >= HelpDueAt)
            {
                return [new UrgentAlert(UrgentAlertKind.HelpMissed, 0)];
            }

            var passed = rules.RemindAtHoursLeft.Where(h => nowUtc >= HelpDueAt.AddHours(-h)).Order().Take(1);
            return [.. passed.Select(h => new UrgentAlert(UrgentAlertKind.HelpReminder, h))];
        }

        var today = ChinaTime.DateOf(nowUtc);
        var due = PaperworkDueDate!.Value;
        var alerts = new List<UrgentAlert>();
        if (due <= policy.RemindUpTo(today, calendar))
        {
            alerts.Add(new UrgentAlert(UrgentAlertKind.PaperworkReminder, 0));
        }

        if (due < today)
        {
            alerts.Add(new UrgentAlert(UrgentAlertKind.PaperworkOverdue, 0));
        }

        if (due < policy.EscalateBefore(today, calendar))
        {
            alerts.Add(new UrgentAlert(UrgentAlertKind.PaperworkEscalated, 0));
        }

        return alerts;
    }
}

/// <summary>Who put the case on the urgent track.</summary>
public enum UrgentMarkSource
{
    /// <summary>The resident's answer on the form.</summary>
    Resident,

    /// <summary>A caseworker who gave help first on a case the form did not mark.</summary>
    Caseworker,
}

public enum UrgentHelpKind
{
    Cash,
    Goods,
    CashAndGoods,
}

/// <summary>One chasing effect of the urgent track; <see cref="HoursLeft"/> names the help reminder's threshold (0 otherwise).</summary>
public sealed record UrgentAlert(UrgentAlertKind Kind, int HoursLeft);

public enum UrgentAlertKind
{
    /// <summary>Help is due within the hours named: the department's caseworkers are reminded.</summary>
    HelpReminder,

    /// <summary>No help recorded within the hours: the county supervisors and the department are told.</summary>
    HelpMissed,

    /// <summary>The paperwork is due within the reminder window.</summary>
    PaperworkReminder,

    /// <summary>The paperwork is past its date: county supervision.</summary>
    PaperworkOverdue,

    /// <summary>The paperwork is more than the escalation limit past its date: the prefecture is told.</summary>
    PaperworkEscalated,
}
