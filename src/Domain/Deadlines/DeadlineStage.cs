namespace ReliefPlatform.Domain.Deadlines;

/// <summary>How far an open application's deadline has been chased.</summary>
public enum DeadlineStage
{
    /// <summary>催办: due within the reminder window; the department's caseworkers are reminded.</summary>
    Reminder,

    /// <summary>督办: past its due date; the county supervisors take it under supervision.</summary>
    Overdue,

    /// <summary>More than the escalation limit past due: the prefecture and the province are told.</summary>
    Escalated,

    /// <summary>
    /// 环节催办: a staged case's own stage (ADR 0040) is due within the reminder window before the
    /// application is; the office holding the stage is reminded. The event's due date is the stage's.
    /// </summary>
    StageReminder,

    /// <summary>环节超期: the stage's own due date passed while the application is still on time; the office holding it is told.</summary>
    StageOverdue,

    /// <summary>求助 (ADR 0044) due today and not yet routed or answered; the county's caseworkers are reminded.</summary>
    HelpRequestDue,

    /// <summary>求助 past its due date and not yet routed or answered; the county's caseworkers and supervisors are told.</summary>
    HelpRequestLate,
}

/// <summary>Which limit was chased: intake (accepting a submission) or the decision after acceptance.</summary>
public enum DeadlinePhase
{
    Intake,
    Decision,

    /// <summary>复核: the review of a refusal, due within the catalog's appeal working days.</summary>
    Appeal,

    /// <summary>求助 (ADR 0044): the county's working days to route or answer a help request; the event is about the request, not an application.</summary>
    HelpRequest,
}
