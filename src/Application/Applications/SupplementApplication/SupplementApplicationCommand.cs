using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Applications.SupplementApplication;

[Authorize(Roles = Roles.Resident)]
public sealed record SupplementApplicationCommand(Guid Id, string Text) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }

    /// <summary>Photos or files the resident uploaded with the answer.</summary>
    public IReadOnlyList<Guid>? AttachmentIds { get; init; }
}
