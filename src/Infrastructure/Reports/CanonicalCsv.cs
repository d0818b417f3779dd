using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ReliefPlatform.Application.Reports.Exports;

namespace ReliefPlatform.Infrastructure.Reports;

/// <summary>
/// The canonical text form of an export's tables: RFC 4180 CSV in UTF-8 without a BOM, CRLF line ends,
/// a header line per table, numbers in invariant culture, rates as percentages, dates ISO, times in
/// China Standard Time. The CSV file is exactly this (after its BOM); the SHA-256 of every export
/// is taken over this form, so an xlsx and the CSV files of the same export share their content hash.
/// </summary>
internal sealed class CanonicalCsv : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CanonicalCsv(Stream destination)
    {
        _text = new StreamWriter(destination, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
    }

    public void WriteHeader(IReadOnlyList<ReportColumn> columns)
    {
        foreach (var column in columns)
        {
            _csv.WriteField(column.Header);
        }

        _csv.NextRecord();
    }

    public void WriteRow(IReadOnlyList<ReportColumn> columns, object?[] row)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            _csv.WriteField(Format(row[i], columns[i].Kind));
        }

        _csv.NextRecord();
    }

    public async Task FlushAsync()
    {
        await _csv.FlushAsync();
        await _text.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }

    /// <summary>
    /// Text that a spreadsheet would run as a formula (first character <c>= + - @</c>, a tab or a carriage
    /// return) gets an apostrophe in front, as OWASP advises for CSV files. Numbers are written as numbers
    /// and are not touched; the xlsx keeps text as text cells, which are never formulas.
    /// </summary>
    internal static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static string Format(object? value, CellKind kind) => value switch
    {
        null => string.Empty,
        string s => Neutralised(s),
        decimal d when kind == CellKind.Percent => (d * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        decimal d when kind == CellKind.Decimal1 => d.ToString("0.0", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
