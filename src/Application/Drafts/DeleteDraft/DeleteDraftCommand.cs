using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.DeleteDraft;

/// <summary>Throws away the signed-in resident's draft for an item (submitting an application does this too).</summary>
[Authorize(Role.Resident)]
public sealed record DeleteDraftCommand(ItemCode ItemCode) : ICommand<MediatR.Unit>;
