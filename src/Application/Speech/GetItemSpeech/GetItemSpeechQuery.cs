using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.Speech.GetItemSpeech;

/// <summary>The item read aloud (name, description, who can apply), or one of its questions (label, hint, choices) when <paramref name="FieldKey"/> is given.</summary>
public sealed record GetItemSpeechQuery(ItemCode Item, string? FieldKey = null) : IQuery<SpeechDto>;
