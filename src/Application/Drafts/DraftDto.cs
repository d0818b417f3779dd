using System.Text.Json;

namespace ReliefPlatform.Application.Drafts;

/// <summary>A resident's draft for one item: the page's own JSON, and when it was last saved (China time).</summary>
public sealed record DraftDto(string ItemCode, JsonElement Data, DateTimeOffset UpdatedAt);
