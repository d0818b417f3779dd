using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments;

/// <summary>
/// Makes an uploaded photo safe to keep: its pixel size read from the header and checked before anything
/// is decoded, the whole picture decoded (a body that is not one is refused), turned upright and written
/// again without metadata (EXIF with GPS, XMP, text chunks), smaller when it is very large.
/// </summary>
public interface IImageCleaner
{
    /// <summary>The bytes to keep, of the same content type; a <see cref="Common.Exceptions.ValidationException"/> on "file" when refused.</summary>
    byte[] Clean(ReadOnlySpan<byte> content, string contentType);
}

/// <summary>The limits on uploaded photos, and what the resident reads when one is past them.</summary>
public static class ImageLimits
{
    /// <summary>Longest side taken: a 50-megapixel phone photo is 8,160 pixels wide, a panorama wider.</summary>
    public const int MaxSide = 12_000;

    /// <summary>Pixels taken: a phone's 50-megapixel mode, not a decompression bomb (decoding takes 4 bytes a pixel).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Photos larger than this on their longest side are kept at this size: enough to read any document.</summary>
    public const int KeptLongSide = 4_096;

    public static string TooLarge(int width, int height) => Text.Pick(
        $"照片尺寸过大（{width}×{height} 像素）：边长不能超过 {MaxSide} 像素，总像素不能超过 {MaxPixels / 1_000_000} 百万。",
        $"The picture is too large ({width} × {height} pixels): at most {MaxSide} pixels a side and {MaxPixels / 1_000_000} megapixels.");

    public static string NotAPicture() => Text.Pick(
        "文件不是完整的图片，请重新拍照或选择其他文件。",
        "The file is not a complete picture; take the photo again or choose another file.");
}
