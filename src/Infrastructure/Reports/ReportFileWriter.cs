using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Infrastructure.Reports;

/// <summary>
/// Writes exports as CSV (UTF-8 with BOM, a trailing <c>#</c> comment block) or xlsx (sheets written
/// row by row, see <see cref="SheetWriter"/>). Both are deterministic: the same content and as-of
/// time give the same bytes. The xlsx package's zip is written here rather than by System.IO.Packaging,
/// which stamps every entry with the current time and buffers parts in memory (ADR 0011).
/// </summary>
internal sealed class ReportFileWriter : IReportFileWriter
{
    private const int ProgressEvery = 1_000;
    private const string MetadataSheet = "说明";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public Task<string> WriteAsync(ExportFormat format, ReportFile file, Stream destination, Func<long, Task>? rowsWritten, CancellationToken cancellationToken) =>
        format == ExportFormat.Csv
            ? WriteCsvAsync(file, destination, rowsWritten, cancellationToken)
            : WriteXlsxAsync(file, destination, rowsWritten, cancellationToken);

    private static async Task<string> WriteCsvAsync(ReportFile file, Stream destination, Func<long, Task>? rowsWritten, CancellationToken cancellationToken)
    {
        await destination.WriteAsync(Bom, cancellationToken);
        string digest;
        using (var hashing = new HashingStream(destination))
        {
            await using (var csv = new CanonicalCsv(hashing))
            {
                var counter = new RowCounter(rowsWritten);
                foreach (var table in file.Tables)
                {
                    csv.WriteHeader(table.Columns);
                    await foreach (var row in table.Rows.WithCancellation(cancellationToken))
                    {
                        csv.WriteRow(table.Columns, row);
                        await counter.AddAsync();
                    }
                }
            }

            digest = hashing.HexDigest();
        }

        await using var text = new StreamWriter(destination, Utf8NoBom, leaveOpen: true) { NewLine = "\r\n" };
        foreach (var (key, value) in Metadata(file, digest))
        {
            await text.WriteLineAsync($"# {key}: {value}");
        }

        return digest;
    }

    private static async Task<string> WriteXlsxAsync(ReportFile file, Stream destination, Func<long, Task>? rowsWritten, CancellationToken cancellationToken)
    {
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(file.AsOfChinaLocal, DateTimeKind.Unspecified), TimeSpan.FromHours(8));
        var sheetNames = file.Tables.Select(t => t.Name).Append(MetadataSheet).ToList();
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);

        WriteText(zip, "[Content_Types].xml", stamp, ContentTypes(sheetNames.Count));
        WriteText(zip, "_rels/.rels", stamp, PackageRelationships);
        WriteText(zip, "xl/_rels/workbook.xml.rels", stamp, WorkbookRelationships(sheetNames.Count));
        WriteWorkbook(zip, stamp, sheetNames);
        WriteText(zip, "xl/styles.xml", stamp, Styles.StylesheetXml);

        var sharedStrings = new SharedStrings();
        string digest;
        using (var hashing = new HashingStream(null))
        {
            await using (var canonical = new CanonicalCsv(hashing))
            {
                var counter = new RowCounter(rowsWritten);
                for (var i = 0; i < file.Tables.Count; i++)
                {
                    var table = file.Tables[i];
                    await using var entry = OpenEntry(zip, $"xl/worksheets/sheet{i + 1}.xml", stamp);
                    using var sheet = new SheetWriter(entry, table.Columns, sharedStrings, selected: i == 0);
                    canonical.WriteHeader(table.Columns);
                    await foreach (var row in table.Rows.WithCancellation(cancellationToken))
                    {
                        sheet.WriteRow(row);
                        canonical.WriteRow(table.Columns, row);
                        await counter.AddAsync();
                    }
                }
            }

            digest = hashing.HexDigest();
        }

        await using (var entry = OpenEntry(zip, $"xl/worksheets/sheet{sheetNames.Count}.xml", stamp))
        {
            ReportColumn[] columns = [new("项目 Item", CellKind.Text, 30), new("内容 Value", CellKind.Text, 100)];
            using var sheet = new SheetWriter(entry, columns, sharedStrings, selected: file.Tables.Count == 0);
            foreach (var (key, value) in Metadata(file, digest))
            {
                sheet.WriteRow([key, value]);
            }
        }

        await using (var entry = OpenEntry(zip, "xl/sharedStrings.xml", stamp))
        {
            sharedStrings.WriteTo(entry);
        }

        return digest;
    }

    private static IEnumerable<KeyValuePair<string, string>> Metadata(ReportFile file, string digest) => file.Metadata.Concat(
    [
        new("内容 SHA-256 Content SHA-256", digest),
        new(
            "校验方法 How to verify",
            "将各表（含表头）依次写成 CSV（UTF-8 无 BOM、CRLF 换行）后计算 SHA-256；CSV 文件即为 BOM 之后、首个 # 行之前的字节。"
            + " / SHA-256 of the tables written in order as CSV (UTF-8 without BOM, CRLF, header lines included); in a CSV file, the bytes after the BOM up to the first line starting with #."),
    ]);

    private static Stream OpenEntry(ZipArchive zip, string name, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = stamp;
        return entry.Open();
    }

    private static void WriteText(ZipArchive zip, string name, DateTimeOffset stamp, string xml)
    {
        using var stream = OpenEntry(zip, name, stamp);
        stream.Write(Utf8NoBom.GetBytes(xml));
    }

    private static void WriteWorkbook(ZipArchive zip, DateTimeOffset stamp, List<string> sheetNames)
    {
        using var stream = OpenEntry(zip, "xl/workbook.xml", stamp);
        using var writer = SpreadsheetXml.Create(stream);
        writer.WriteStartElement("workbook", SpreadsheetXml.Main);
        writer.WriteAttributeString("xmlns", "r", null, SpreadsheetXml.Relationships);
        writer.WriteStartElement("bookViews");
        writer.WriteElementString("workbookView", string.Empty);
        writer.WriteEndElement();
        writer.WriteStartElement("sheets");
        for (var i = 0; i < sheetNames.Count; i++)
        {
            writer.WriteStartElement("sheet");
            writer.WriteAttributeString("name", sheetNames[i]);
            writer.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("id", SpreadsheetXml.Relationships, $"rId{i + 1}");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="utf-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private static string ContentTypes(int sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="utf-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        xml.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        xml.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        xml.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        xml.Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return xml.Append("</Types>").ToString();
    }

    private static string WorkbookRelationships(int sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="utf-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        return xml.Append("</Relationships>").ToString();
    }

    private sealed class RowCounter(Func<long, Task>? callback)
    {
        private long _rows;

        public Task AddAsync() => ++_rows % ProgressEvery == 0 && callback is not null ? callback(_rows) : Task.CompletedTask;
    }
}
