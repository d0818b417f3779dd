using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Exceptions;
using SkiaSharp;

namespace ReliefPlatform.Infrastructure.Attachments;

/// <summary>
/// Uploaded photos through Skia (ADR 0034). The codec reads only the header when it is created, so the
/// pixel size is refused before a byte of pixels is allocated; then the picture is decoded in full (a
/// PNG signature before garbage fails here), drawn upright (the EXIF orientation applied, because the
/// EXIF goes), no larger than <see cref="ImageLimits.KeptLongSide"/>, and encoded again. Skia's encoders
/// write no EXIF, XMP or text chunks, and nothing after the image's end survives.
/// </summary>
internal sealed class SkiaImageCleaner : IImageCleaner
{
    private const int JpegQuality = 90;
    private const int WebPQuality = 90;

    public byte[] Clean(ReadOnlySpan<byte> content, string contentType)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data) ?? throw NotAPicture();
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            throw NotAPicture();
        }

        if (width > ImageLimits.MaxSide || height > ImageLimits.MaxSide || (long)width * height > ImageLimits.MaxPixels)
        {
            throw new ValidationException("file", ImageLimits.TooLarge(width, height));
        }

        var scale = Math.Min(1f, (float)ImageLimits.KeptLongSide / Math.Max(width, height));

        // JPEG decodes straight to 1/2, 1/4 or 1/8 of its size: a large photo never needs its full pixels in memory.
        var decoded = codec.GetScaledDimensions(scale);
        if (decoded.Width < Math.Max(1, (int)(width * scale)) || decoded.Height < Math.Max(1, (int)(height * scale)))
        {
            decoded = codec.Info.Size;
        }

        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var source = new SKBitmap(info);
        if (codec.GetPixels(info, source.GetPixels()) != SKCodecResult.Success)
        {
            throw NotAPicture();
        }

        // A JPEG already upright and small enough (what the phone page sends): its image data kept byte for
        // byte and only what describes it dropped. Encoding it again would lose quality and grow it past the
        // page's 500 KB (the page compresses at 0.5–0.8, this encoder at 0.9).
        if (contentType == FileSignatures.Jpeg && codec.EncodedOrigin == SKEncodedOrigin.TopLeft && scale >= 1f
            && JpegMetadata.Strip(content) is { } stripped)
        {
            return stripped;
        }

        // Already upright and small enough (most photos): encoded as decoded, without a second copy.
        var rest = Math.Min(1f, (float)ImageLimits.KeptLongSide / Math.Max(decoded.Width, decoded.Height));
        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft && rest >= 1f ? null : Upright(source, codec.EncodedOrigin, rest);
        var upright = turned ?? source;
        var (format, quality) = contentType switch
        {
            FileSignatures.Png => (SKEncodedImageFormat.Png, 100),
            FileSignatures.WebP => (SKEncodedImageFormat.Webp, WebPQuality),
            _ => (SKEncodedImageFormat.Jpeg, JpegQuality),
        };
        using var encoded = upright.Encode(format, quality) ?? throw NotAPicture();
        return encoded.ToArray();
    }

    private static ValidationException NotAPicture() => new("file", ImageLimits.NotAPicture());

    /// <summary>The pixels as the camera meant them to be seen, scaled by <paramref name="scale"/>.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin, float scale)
    {
        var (w, h) = (source.Width, source.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = turned ? (h, w) : (w, h);

        // Where a source pixel (x, y) lands: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var orient = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };

        var target = new SKBitmap(new SKImageInfo(
            Math.Max(1, (int)Math.Round(uprightWidth * scale)), Math.Max(1, (int)Math.Round(uprightHeight * scale)), source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.Transparent);
        canvas.Scale((float)target.Width / uprightWidth, (float)target.Height / uprightHeight);
        canvas.Concat(in orient);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Flush();
        return target;
    }
}
