namespace ReliefPlatform.Application.Applications;

/// <summary>
/// What a step on an application answers: the case's new status and the version the next step must send
/// as <c>expectedVersion</c>. The full detail is GET /api/v1/applications/{id}, read after the step was saved.
/// </summary>
/// <param name="Id">The application.</param>
/// <param name="TrackingNumber">The number the resident and the staff quote.</param>
/// <param name="Status">The status after the step, an <c>ApplicationStatus</c> name.</param>
/// <param name="Version">The new concurrency token: send it as <c>expectedVersion</c> with the next step.</param>
/// <param name="AllowedActions">What the caller may do next, as in the detail's <c>allowedActions</c>; empty once the case is closed.</param>
public sealed record ApplicationActionResult(Guid Id, string TrackingNumber, string Status, Guid Version, IReadOnlyList<string> AllowedActions);
