using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.SupplementApplication;

[Authorize(Role.Resident)]
public sealed record SupplementApplicationCommand(Guid Id, string Text) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }

    /// <summary>Photos or files the resident uploaded with the answer.</summary>
    public IReadOnlyList<Guid>? AttachmentIds { get; init; }
}
