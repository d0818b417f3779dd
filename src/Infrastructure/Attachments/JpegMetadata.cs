namespace ReliefPlatform.Infrastructure.Attachments;

/// <summary>
/// Drops what describes a JPEG (EXIF with its GPS position, XMP, IPTC, maker notes, comments: APP1, APP3–APP13,
/// APP15, COM) and anything after its end, keeping the image data byte for byte. JFIF (APP0), the colour
/// profile (APP2) and Adobe's colour transform (APP14) stay: without them colours change.
/// </summary>
internal static class JpegMetadata
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte Comment = 0xFE;

    /// <summary>The JPEG without its metadata; null when its segments cannot be walked (the caller encodes it again).</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != Marker || jpeg[1] != StartOfImage)
        {
            return null;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg[..2]);
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == Marker)
        {
            var marker = jpeg[at + 1];
            if (marker == StartOfScan)
            {
                // Entropy-coded data never holds FF D9 (an FF in it is followed by 00 or a restart marker), so the
                // first FF D9 from here on is the image's end; later scans of a progressive JPEG come before it.
                var end = jpeg[at..].IndexOf([Marker, EndOfImage]);
                if (end < 0)
                {
                    return null;
                }

                output.Write(jpeg.Slice(at, end + 2));
                return output.ToArray();
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }

            if (!IsMetadata(marker))
            {
                output.Write(jpeg.Slice(at, 2 + length));
            }

            at += 2 + length;
        }

        return null;
    }

    private static bool IsMetadata(byte marker) =>
        marker == Comment || (marker is >= 0xE1 and <= 0xEF && marker is not (0xE2 or 0xEE));
}
