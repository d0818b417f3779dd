using MediatR;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Drafts.GetMyDrafts;

/// <summary>Which items the signed-in resident has a draft for, most recently saved first (without the contents).</summary>
[Authorize(Roles = Roles.Resident)]
public sealed record GetMyDraftsQuery : IRequest<IReadOnlyList<DraftSummaryDto>>;

public sealed record DraftSummaryDto(string ItemCode, DateTimeOffset UpdatedAt);
