using ReliefPlatform.Application.Applications.GetApplicationDetails;
using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Applications;

/// <summary>A step on one application, answered with its new detail.</summary>
public interface IApplicationActionCommand : ICommand<ApplicationDetailsDto>
{
    Guid Id { get; }

    /// <summary>The version the caller saw; when given and stale, the action is refused with 409 instead of acting on a changed case.</summary>
    Guid? ExpectedVersion { get; }
}
