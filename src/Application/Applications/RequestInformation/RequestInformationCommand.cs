using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RequestInformation;

/// <summary>补正: the reason in words, and the item's documents that are missing (their keys in the catalog), which the resident sees one by one.</summary>
[Authorize(Role.Caseworker)]
public sealed record RequestInformationCommand(Guid Id, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }

    public IReadOnlyList<string>? MissingDocuments { get; init; }
}
