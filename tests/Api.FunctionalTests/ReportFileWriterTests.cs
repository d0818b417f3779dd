using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Domain.Reports;
using ReliefPlatform.Infrastructure.Reports;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The export writer on its own: the same content and as-of time give the same bytes when written
/// again (not only when the archive hands back the first copy), and the xlsx is a valid package.
/// </summary>
public sealed class ReportFileWriterTests
{
    private static readonly ReportColumn[] Columns = [new("编号", CellKind.Text, 12), new("状态", CellKind.Label, 12), new("件数", CellKind.Count, 10), new("比率", CellKind.Percent, 10), new("日期", CellKind.Date, 12)];

    [Theory]
    [InlineData(ExportFormat.Xlsx)]
    [InlineData(ExportFormat.Csv)]
    public async Task SameContentAndAsOf_WrittenTwice_GiveTheSameBytes(ExportFormat format)
    {
        var asOf = new DateTime(2026, 11, 20, 10, 15, 30);

        var first = await WriteAsync(format, asOf);
        var second = await WriteAsync(format, asOf);
        var later = await WriteAsync(format, asOf.AddSeconds(1));

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(first.Digest, later.Digest);
        if (format == ExportFormat.Xlsx)
        {
            Assert.NotEqual(first.Bytes, later.Bytes);
            using var document = SpreadsheetDocument.Open(new MemoryStream(first.Bytes), false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }
    }

    [Fact]
    public async Task TextThatASpreadsheetWouldRunAsAFormula_IsNeutralised_NumbersAreNot()
    {
        static async IAsyncEnumerable<object?[]> Dangerous()
        {
            await Task.Yield();
            foreach (var text in new[] { "=HYPERLINK(\"http://x\",\"点我\")", "+86 139", "-1+2", "@SUM(A1)", "\tcmd", "李秀英" })
            {
                yield return [text, "在办", -3L, -0.5m, new DateOnly(2026, 11, 1)];
            }
        }

        var file = new ReportFile([new ReportTable("明细", Columns, Dangerous())], [], new DateTime(2026, 11, 20));
        using var stream = new MemoryStream();
        await new ReportFileWriter().WriteAsync(ExportFormat.Csv, file, stream, null, CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(
            ["\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"", "'+86 139", "'-1+2", "'@SUM(A1)", "'\tcmd", "李秀英"],
            lines.Skip(1).Take(6).Select(l => l[..l.IndexOf(",在办", StringComparison.Ordinal)]));
        Assert.All(lines.Skip(1).Take(6), l => Assert.EndsWith(",在办,-3,-50%,2026-11-01", l, StringComparison.Ordinal));
    }

    private static async Task<(byte[] Bytes, string Digest)> WriteAsync(ExportFormat format, DateTime asOf)
    {
        var file = new ReportFile([new ReportTable("明细", Columns, Rows())], [new("数据时点 As of", asOf.ToString("s"))], asOf);
        using var stream = new MemoryStream();
        var digest = await new ReportFileWriter().WriteAsync(format, file, stream, null, CancellationToken.None);
        return (stream.ToArray(), digest);
    }

    private static async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < 2_500; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return [$"53{i:D8}", i % 3 == 0 ? "已办结" : "在办", (long)i, i % 7 == 0 ? null : 0.9375m, new DateOnly(2026, 11, 1).AddDays(i % 30)];
        }
    }
}
