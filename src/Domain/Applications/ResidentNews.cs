namespace ReliefPlatform.Domain.Applications;

/// <summary>
/// What a resident did to an application that its caseworkers have not yet seen: the queue row is
/// marked (新补正材料, 已撤回, 差评, 公示异议) until a caseworker opens the case.
/// </summary>
public enum ResidentNews
{
    /// <summary>Answered an information request (补正).</summary>
    Supplemented = 1,

    /// <summary>Withdrew the application.</summary>
    Withdrawn,

    /// <summary>Rated the outcome 1 or 2 (差评).</summary>
    PoorRating,

    /// <summary>Someone objected to the case's public notice (公示异议); the township must look into it.</summary>
    Objection,
    /// <summary>Asked for a review (复核) of a refusal or non-acceptance.</summary>
    Appealed,

    /// <summary>Withdrew the request for review: nothing is left to review.</summary>
    AppealWithdrawn,
}
