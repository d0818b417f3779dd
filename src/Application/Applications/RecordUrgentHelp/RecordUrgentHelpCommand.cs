using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RecordUrgentHelp;

/// <summary>
/// 先行救助 (ADR 0039): the caseworker records the help given first on an urgent temporary-aid case (cash in
/// yuan and/or goods in words, with the reason); the paperwork clock of the item's working days starts.
/// </summary>
[Authorize(Role.Caseworker)]
public sealed record RecordUrgentHelpCommand(Guid Id, string Kind, decimal? Amount, string? Goods, string Reason) : IApplicationActionCommand
{
    public Guid? ExpectedVersion { get; init; }
}
