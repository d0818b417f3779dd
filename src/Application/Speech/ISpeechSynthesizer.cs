namespace ReliefPlatform.Application.Speech;

/// <summary>
/// 语音朗读's fallback for phones without a Chinese voice of their own: a recording of a fixed Chinese text
/// (ADR 0041). Implementations keep what they made, so a text is synthesised once. One that has no
/// engine, or whose engine made nothing, throws <see cref="SpeechUnavailableException"/> (503): never noise.
/// </summary>
public interface ISpeechSynthesizer
{
    Task<byte[]> SpeakAsync(string text, CancellationToken cancellationToken);
}

/// <summary>No recording can be made: 503, and the page says the phone has no voice to read it.</summary>
public sealed class SpeechUnavailableException : Exception
{
    public SpeechUnavailableException()
        : base("No text-to-speech engine is available (Speech:Engine).")
    {
    }

    public SpeechUnavailableException(string message)
        : base(message)
    {
    }

    public SpeechUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
