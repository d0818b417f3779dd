using System.Text.Json;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Drafts.SaveDraft;

/// <summary>Saves (creates or replaces) the signed-in resident's draft for an item.</summary>
[Authorize(Role.Resident)]
public sealed record SaveDraftCommand(ItemCode ItemCode, JsonElement Data) : ICommand<DraftDto>;
