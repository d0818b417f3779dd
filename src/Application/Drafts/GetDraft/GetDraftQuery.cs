using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Drafts.GetDraft;

/// <summary>The signed-in resident's draft for an item; 404 when there is none.</summary>
[Authorize(Roles = Roles.Resident)]
public sealed record GetDraftQuery(string ItemCode) : IQuery<DraftDto>;
