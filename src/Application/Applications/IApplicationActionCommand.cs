using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Applications;

/// <summary>A step on one application, answered with its new status and version (ADR 0028).</summary>
public interface IApplicationActionCommand : ICommand<ApplicationActionResult>
{
    Guid Id { get; }

    /// <summary>The version the caller saw; when given and stale, the action is refused with 409 instead of acting on a changed case.</summary>
    Guid? ExpectedVersion { get; }
}
