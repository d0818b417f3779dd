namespace ReliefPlatform.Application.Speech;

/// <summary>A recording (WAV) of a fixed text.</summary>
public sealed record SpeechDto(byte[] Audio, string ContentType);
