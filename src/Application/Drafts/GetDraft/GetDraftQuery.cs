using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.GetDraft;

/// <summary>The signed-in resident's draft for an item; 404 when there is none.</summary>
[Authorize(Role.Resident)]
public sealed record GetDraftQuery(ItemCode ItemCode) : IQuery<DraftDto>;
