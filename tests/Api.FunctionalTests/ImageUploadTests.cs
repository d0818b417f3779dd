using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using SkiaSharp;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Issue 17 §4: uploaded photos are checked and written again on the server. A decompression bomb is
/// refused from its header, a PNG signature before garbage is refused, GPS in EXIF and PNG text chunks
/// never come back, the EXIF orientation is applied, and an ordinary phone photo is kept at its size.
/// </summary>
public abstract class ImageUploadTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    [Fact]
    public async Task A20000By20000Png_IsRefusedFromItsHeader_NamingTheLimit_InTheResidentsLanguage()
    {
        var resident = await factory.ResidentAsync();
        var bomb = Png(20_000, 20_000);
        Assert.True(bomb.Length < 1_000_000, $"the bomb is {bomb.Length} bytes");

        var chinese = await ResidentPageTests<TFactory>.UploadAsync(resident, bomb, "bomb.png");
        resident.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await ResidentPageTests<TFactory>.UploadAsync(resident, bomb, "bomb.png");

        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        Assert.Equal("application/problem+json", chinese.Content.Headers.ContentType!.MediaType);
        Assert.Contains("20000×20000", FileError(await chinese.JsonAsync()), StringComparison.Ordinal);
        Assert.Contains("12000 像素", FileError(await chinese.JsonAsync()), StringComparison.Ordinal);
        Assert.Contains("at most 12000 pixels a side and 50 megapixels", FileError(await english.JsonAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PngSignatureFollowedByGarbage_IsRefused()
    {
        var resident = await factory.ResidentAsync();
        var fake = new byte[4096];
        new Random(17).NextBytes(fake);
        ((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(fake);
        var truncated = Jpeg(800, 600, exif: null)[..2000];

        var garbage = await ResidentPageTests<TFactory>.UploadAsync(resident, fake, "photo.png");
        var cut = await ResidentPageTests<TFactory>.UploadAsync(resident, truncated, "photo.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("不是完整的图片", FileError(await garbage.JsonAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
    }

    [Fact]
    public async Task AJpegWithGpsInItsExif_ComesBackWithoutExif_AndTurnedAsItsOrientationSaid()
    {
        var resident = await factory.ResidentAsync();
        var photo = Jpeg(400, 300, ExifWithGpsAndOrientation(6));
        Assert.True(Contains(photo, "Exif\0\0") && Segments(photo).Contains((byte)0xE1), "the test photo carries EXIF");
        Assert.True(Contains(photo, GpsTag) && Contains(photo, Latitude), "the test photo carries a GPS position");

        var uploaded = await ResidentPageTests<TFactory>.UploadAsync(resident, photo, "门口.jpg");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var served = await resident.GetByteArrayAsync($"/api/v1/attachments/{(await uploaded.JsonAsync())["id"]!.GetValue<string>()}");
        Assert.Equal([0xFF, 0xD8, 0xFF], served[..3]);
        Assert.DoesNotContain((byte)0xE1, Segments(served));
        Assert.False(Contains(served, "Exif"), "an Exif marker survived");
        Assert.False(Contains(served, GpsTag) || Contains(served, Latitude), "the GPS tag or position survived");
        using var bitmap = SKBitmap.Decode(served);
        Assert.Equal((300, 400), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task APngsTextChunks_AreDropped_AndItsPixelsKept()
    {
        var resident = await factory.ResidentAsync();
        var png = Png(64, 48, text: "GPSLatitude=25.0389N;Owner=张三");

        var uploaded = await ResidentPageTests<TFactory>.UploadAsync(resident, png, "截图.png");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var served = await resident.GetByteArrayAsync($"/api/v1/attachments/{(await uploaded.JsonAsync())["id"]!.GetValue<string>()}");
        Assert.False(Contains(served, "tEXt") || Contains(served, "GPSLatitude"), "the text chunk survived");
        using var before = SKBitmap.Decode(png);
        using var after = SKBitmap.Decode(served);
        Assert.Equal((64, 48), (after.Width, after.Height));
        Assert.Equal(before.GetPixel(10, 10), after.GetPixel(10, 10));
    }

    [Fact]
    public async Task AnUprightJpegWithGps_LosesItsExif_ButKeepsItsImageDataByteForByte()
    {
        var resident = await factory.ResidentAsync();
        var photo = Jpeg(400, 300, ExifWithGpsAndOrientation(1));

        var uploaded = await ResidentPageTests<TFactory>.UploadAsync(resident, photo, "门口.jpg");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var served = await resident.GetByteArrayAsync($"/api/v1/attachments/{(await uploaded.JsonAsync())["id"]!.GetValue<string>()}");
        Assert.False(Contains(served, "Exif") || Contains(served, GpsTag) || Contains(served, Latitude), "EXIF or the GPS position survived");
        Assert.True(served.Length < photo.Length, $"{served.Length} bytes served of {photo.Length}: a phone's compressed photo must not grow");
        var scan = photo.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        Assert.True(served.AsSpan().EndsWith(photo.AsSpan(scan)), "the image data was encoded again");
    }

    [Fact]
    public async Task AnOrdinaryPhonePhoto_IsKeptAtItsSize_AndAVeryLargeOneIsScaledDown()
    {
        var resident = await factory.ResidentAsync();
        var phone = Jpeg(4032, 3024, exif: null);
        var wide = Jpeg(8192, 1024, exif: null);

        var taken = await ResidentPageTests<TFactory>.UploadAsync(resident, phone, "IMG_0001.jpg");
        var scaled = await ResidentPageTests<TFactory>.UploadAsync(resident, wide, "panorama.jpg");

        Assert.True(taken.StatusCode == HttpStatusCode.Created, $"{phone.Length} bytes: {await taken.Content.ReadAsStringAsync()}");
        var attachment = await taken.JsonAsync();
        Assert.Equal("image/jpeg", attachment["contentType"]!.GetValue<string>());
        var served = await resident.GetByteArrayAsync($"/api/v1/attachments/{attachment["id"]!.GetValue<string>()}");
        Assert.Equal(served.Length, attachment["sizeBytes"]!.GetValue<int>());
        using (var bitmap = SKBitmap.Decode(served))
        {
            Assert.Equal((4032, 3024), (bitmap.Width, bitmap.Height));
        }

        Assert.True(scaled.StatusCode == HttpStatusCode.Created, $"{wide.Length} bytes: {await scaled.Content.ReadAsStringAsync()}");
        using var smaller = SKBitmap.Decode(await resident.GetByteArrayAsync($"/api/v1/attachments/{(await scaled.JsonAsync())["id"]!.GetValue<string>()}"));
        Assert.Equal((4096, 512), (smaller.Width, smaller.Height));
    }

    // The GPS IFD pointer (tag 0x8825, type LONG, little-endian) and the latitude's rationals 25/1 2/1 20/1.
    private static readonly byte[] GpsTag = [0x25, 0x88, 0x04, 0x00];
    private static readonly byte[] Latitude = [25, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0];

    private static string FileError(System.Text.Json.Nodes.JsonObject problem) => problem["errors"]!["file"]![0]!.GetValue<string>();

    private static bool Contains(byte[] bytes, string ascii) => Contains(bytes, Encoding.UTF8.GetBytes(ascii));

    private static bool Contains(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern) >= 0;

    /// <summary>The markers of a JPEG's segments before its image data.</summary>
    private static List<byte> Segments(byte[] jpeg)
    {
        var markers = new List<byte>();
        for (var at = 2; at + 4 <= jpeg.Length && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            markers.Add(jpeg[at + 1]);
        }

        return markers;
    }

    /// <summary>A photo-like JPEG (a gradient with noise, so it compresses as a photo does), with an APP1 segment after SOI when given.</summary>
    private static byte[] Jpeg(int width, int height, byte[]? exif)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var random = new Random(width ^ height);
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var (x, y) = (i % width, i / width);
            pixels[(i * 4) + 0] = (byte)((x * 255 / width) ^ random.Next(6));
            pixels[(i * 4) + 1] = (byte)((y * 255 / height) ^ random.Next(6));
            pixels[(i * 4) + 2] = (byte)(((x + y) / 16 % 2 * 96) + random.Next(6));
            pixels[(i * 4) + 3] = 255;
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        var plain = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
        if (exif is null)
        {
            return plain;
        }

        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + exif.Length));
        exif.CopyTo(segment, 4);
        return [.. plain[..2], .. segment, .. plain[2..]];
    }

    /// <summary>EXIF (little-endian TIFF) with an orientation and a GPS IFD: latitude 25°2'20" N, longitude 102°42'0" E.</summary>
    private static byte[] ExifWithGpsAndOrientation(ushort orientation)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange(BitConverter.GetBytes((ushort)v));
        void U32(int v) => tiff.AddRange(BitConverter.GetBytes((uint)v));
        void Entry(int tag, int type, int count, int value)
        {
            U16(tag);
            U16(type);
            U32(count);
            U32(value);
        }

        tiff.AddRange("II*\0"u8.ToArray());
        U32(8);

        // IFD0 at 8: two entries, then the GPS IFD at 8 + 2 + 2·12 + 4 = 38.
        U16(2);
        Entry(0x0112, 3, 1, orientation);
        Entry(0x8825, 4, 1, 38);
        U32(0);

        // GPS IFD at 38: four entries, the rationals after it at 38 + 2 + 4·12 + 4 = 92.
        U16(4);
        Entry(0x0001, 2, 2, 'N');
        Entry(0x0002, 5, 3, 92);
        Entry(0x0003, 2, 2, 'E');
        Entry(0x0004, 5, 3, 116);
        U32(0);
        foreach (var (numerator, denominator) in new[] { (25, 1), (2, 1), (20, 1), (102, 1), (42, 1), (0, 1) })
        {
            U32(numerator);
            U32(denominator);
        }

        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }

    /// <summary>A grey PNG of the given size (one bit a pixel, deflated: 20000 × 20000 is a few dozen KB), with a tEXt chunk when given.</summary>
    private static byte[] Png(int width, int height, string? text = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1;
        Chunk(output, "IHDR", header);
        if (text is not null)
        {
            Chunk(output, "tEXt", [.. "Comment\0"u8.ToArray(), .. Encoding.UTF8.GetBytes(text)]);
        }

        using var raw = new MemoryStream();
        using (var deflate = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            for (var y = 0; y < height; y++)
            {
                row.AsSpan(1).Fill((byte)(y % 2 == 0 ? 0xAA : 0x55));
                deflate.Write(row);
            }
        }

        Chunk(output, "IDAT", raw.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

public sealed class SqliteImageUploadTests(SqliteApiFactory factory) : ImageUploadTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresImageUploadTests(PostgresApiFactory factory) : ImageUploadTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;
