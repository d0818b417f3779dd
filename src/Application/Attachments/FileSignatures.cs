namespace ReliefPlatform.Application.Attachments;

/// <summary>
/// What a file is, judged by its first bytes (magic numbers), never by its name or the type the client
/// claims: only JPEG, PNG, WebP and PDF are taken.
/// </summary>
public static class FileSignatures
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    /// <summary>What the resident reads when a file is none of them.</summary>
    public static string NotAccepted() =>
        Domain.Common.Text.Pick("只能上传照片（JPG、PNG、WebP）或 PDF 文件。", "Only photos (JPEG, PNG, WebP) or PDF files can be uploaded.");

    /// <summary>The content type, or null when the bytes are none of the accepted kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return Jpeg;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return content.StartsWith("%PDF-"u8) ? Pdf : null;
    }
}
