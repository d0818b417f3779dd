namespace ReliefPlatform.Infrastructure.Documents;

/// <summary><c>Documents:*</c>: where the Chinese font is and the address the QR codes point to.</summary>
internal sealed record DocumentSettings(string FontPath, string FontFamily, string VerificationBaseUrl)
{
    /// <summary>Debian's fonts-noto-cjk: a collection whose Simplified Chinese face is picked by <see cref="FontFamily"/>.</summary>
    public const string DefaultFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    public const string DefaultFontFamily = "Noto Sans CJK SC";

    public const string DefaultVerificationBaseUrl = "http://127.0.0.1:5080";
}
