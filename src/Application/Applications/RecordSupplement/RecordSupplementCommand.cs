using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RecordSupplement;

/// <summary>
/// The caseworker records that what an information request asked for arrived on paper or in person
/// (the resident came to the office, the village brought it, or no account owns a case filed on the
/// resident's behalf); the clock resumes exactly as when the resident answers on the phone page.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record RecordSupplementCommand(Guid Id, string Text) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
