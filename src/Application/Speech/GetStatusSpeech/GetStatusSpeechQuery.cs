using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Speech.GetStatusSpeech;

/// <summary>A status read aloud as the phone page words it, with what it means for the resident.</summary>
public sealed record GetStatusSpeechQuery(ApplicationStatus Status) : IQuery<SpeechDto>;
