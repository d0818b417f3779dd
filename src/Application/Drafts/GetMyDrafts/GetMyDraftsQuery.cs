using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.GetMyDrafts;

/// <summary>Which items the signed-in resident has a draft for, most recently saved first (without the contents).</summary>
[Authorize(Role.Resident)]
public sealed record GetMyDraftsQuery : IQuery<IReadOnlyList<DraftSummaryDto>>;

public sealed record DraftSummaryDto(string ItemCode, DateTimeOffset UpdatedAt);
