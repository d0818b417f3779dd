namespace ReliefPlatform.Domain.Documents;

/// <summary>Which written decision (决定书) or notice (通知书) a document is; one per decision step of an application.</summary>
public enum DocumentKind
{
    /// <summary>受理通知书.</summary>
    Acceptance,

    /// <summary>不予受理决定书: carries the remedies.</summary>
    NonAcceptance,

    /// <summary>补正材料一次性告知书: the reason and every missing document, at once.</summary>
    InformationRequest,

    /// <summary>准予救助决定书.</summary>
    Approval,

    /// <summary>不予救助决定书: carries the remedies.</summary>
    Refusal,

    /// <summary>复核决定书 upholding the decision: carries the remedies, still open.</summary>
    AppealUpheld,

    /// <summary>复核决定书 overturning the decision: the case is handled again.</summary>
    AppealOverturned,
}
