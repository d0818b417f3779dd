namespace ReliefPlatform.Domain.Notifications;

public enum NotificationKind
{
    /// <summary>催办: applications of the department due soon.</summary>
    Reminder,

    /// <summary>督办: applications past due, now under county supervision.</summary>
    Supervision,

    /// <summary>Applications more than ten working days past due, escalated.</summary>
    Escalation,

    /// <summary>督办 note: a supervisor instructed the department to act on one application by a deadline.</summary>
    SupervisionNote,

    /// <summary>线索 of the county due for a decision within three days.</summary>
    LeadReminder,

    /// <summary>线索 of the county past their fifteen days.</summary>
    LeadOverdue,

    /// <summary>Poor ratings of the department in the county due for a follow-up within a working day.</summary>
    FollowUpReminder,

    /// <summary>Poor ratings past their five working days without a follow-up.</summary>
    FollowUpOverdue,

    /// <summary>A resident answered an information request on one application.</summary>
    Supplemented,

    /// <summary>A resident withdrew one application.</summary>
    Withdrawn,

    /// <summary>A resident rated the outcome of one application 1 or 2 (差评).</summary>
    PoorRating,

    // The kinds fit the 16-character column.

    /// <summary>先行救助: the help clock of one urgent application is running out (ADR 0039).</summary>
    UrgentHelpSoon,

    /// <summary>先行救助: no help recorded on one urgent application within its hours.</summary>
    UrgentHelpMissed,

    /// <summary>The paperwork of one urgent application helped first is due soon.</summary>
    PaperworkSoon,

    /// <summary>The paperwork of one urgent application helped first is past its date.</summary>
    PaperworkOverdue,

    /// <summary>The paperwork of one urgent application is more than the escalation limit past its date.</summary>
    UrgentEscalated,

    /// <summary>公示异议: someone objected to the public notice of one application; the office holding it must look into it.</summary>
    NoticeObjection,
    /// <summary>A resident asked for a review (复核) of a refusal or non-acceptance.</summary>
    Appealed,

    /// <summary>The resident withdrew the request for review: the decision stands, nothing is left to review.</summary>
    AppealWithdrawn,

    /// <summary>环节催办: staged cases whose stage, held by the audience's office, is due soon before the application is.</summary>
    StageReminder,

    /// <summary>环节超期: staged cases whose stage, held by the audience's office, is past its own due date.</summary>
    StageOverdue,

    /// <summary>求助 of the county due today, not yet routed or answered (ADR 0044).</summary>
    HelpRequestDue,

    /// <summary>求助 of the county past its due date, not yet routed or answered: to its caseworkers and supervisors.</summary>
    HelpRequestLate,

    /// <summary>One 求助 was routed to an item of the audience's department: the resident may come to apply.</summary>
    HelpRequestSent,
}
