using SkiaSharp;

namespace ReliefPlatform.Infrastructure.Documents;

/// <summary>
/// The Chinese face, loaded once from the configured file (a font collection is searched for the family).
/// Missing, every document fails with the path and the Debian package named, and readiness says so.
/// </summary>
internal sealed class CjkFont(DocumentSettings settings) : IDisposable
{
    private readonly Lazy<SKTypeface?> _typeface = new(() => Load(settings));

    public string Problem =>
        $"The Chinese font \"{settings.FontFamily}\" was not found in {settings.FontPath} (Documents:FontPath, Documents:FontFamily); install Debian's fonts-noto-cjk.";

    public SKTypeface? Typeface => _typeface.Value;

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value?.Dispose();
        }
    }

    private static SKTypeface? Load(DocumentSettings settings)
    {
        if (!File.Exists(settings.FontPath))
        {
            return null;
        }

        for (var index = 0; index < 32; index++)
        {
            var face = SKTypeface.FromFile(settings.FontPath, index);
            if (face is null)
            {
                return null;
            }

            if (string.Equals(face.FamilyName, settings.FontFamily, StringComparison.OrdinalIgnoreCase))
            {
                return face;
            }

            face.Dispose();
        }

        return null;
    }
}
