using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReliefPlatform.Application.Reports.Exports;

namespace ReliefPlatform.Infrastructure.Reports;

/// <summary>
/// One worksheet written row by row with the SAX writer: a bold, frozen header row, set column widths,
/// numbers as numbers, rates as percentages, dates as dates. Memory stays flat at any row count.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    private readonly OpenXmlWriter _writer;
    private readonly IReadOnlyList<ReportColumn> _columns;
    private readonly SharedStrings _sharedStrings;
    private readonly string[] _letters;
    private readonly List<OpenXmlAttribute> _rowAttributes = new(1);
    private readonly List<OpenXmlAttribute> _cellAttributes = new(3);
    private long _rowIndex;

    public SheetWriter(Stream destination, IReadOnlyList<ReportColumn> columns, SharedStrings sharedStrings, bool selected)
    {
        _writer = OpenXmlWriter.Create(destination);
        _columns = columns;
        _sharedStrings = sharedStrings;
        _letters = Enumerable.Range(0, columns.Count).Select(ColumnLetters).ToArray();

        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0U,
            TabSelected = selected ? true : null,
        }));
        _writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
        WriteRow(columns.Select(c => (object?)c.Header).ToArray(), header: true);
    }

    public void WriteRow(object?[] values) => WriteRow(values, header: false);

    public void Dispose()
    {
        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _writer.Dispose();
    }

    private void WriteRow(object?[] values, bool header)
    {
        var rowNumber = (++_rowIndex).ToString(CultureInfo.InvariantCulture);
        _rowAttributes.Clear();
        _rowAttributes.Add(new OpenXmlAttribute("r", string.Empty, rowNumber));
        _writer.WriteStartElement(RowElement, _rowAttributes);
        for (var i = 0; i < _columns.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var kind = header ? CellKind.Label : _columns[i].Kind;
            var (text, style, type) = Encode(value, kind);
            _cellAttributes.Clear();
            _cellAttributes.Add(new OpenXmlAttribute("r", string.Empty, _letters[i] + rowNumber));
            if (header || style != 0)
            {
                _cellAttributes.Add(new OpenXmlAttribute("s", string.Empty, header ? Styles.Header : style.ToString(CultureInfo.InvariantCulture)));
            }

            if (type is not null)
            {
                _cellAttributes.Add(new OpenXmlAttribute("t", string.Empty, type));
            }

            _writer.WriteStartElement(CellElement, _cellAttributes);
            if (type == "inlineStr")
            {
                _writer.WriteStartElement(InlineElement);
                _writer.WriteStartElement(TextElement);
                _writer.WriteString(text);
                _writer.WriteEndElement();
                _writer.WriteEndElement();
            }
            else
            {
                _writer.WriteStartElement(ValueElement);
                _writer.WriteString(text);
                _writer.WriteEndElement();
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
    }

    private (string Text, int Style, string? Type) Encode(object value, CellKind kind) => value switch
    {
        string s when kind == CellKind.Label => (_sharedStrings.IndexOf(s).ToString(CultureInfo.InvariantCulture), 0, "s"),
        string s => (s, 0, "inlineStr"),
        decimal d => (d.ToString(CultureInfo.InvariantCulture), kind == CellKind.Percent ? Styles.Percent : kind == CellKind.Decimal1 ? Styles.OneDecimal : 0, null),
        long l => (l.ToString(CultureInfo.InvariantCulture), Styles.Count, null),
        int i => (i.ToString(CultureInfo.InvariantCulture), Styles.Count, null),
        DateOnly day => ((day.DayNumber - ExcelEpoch).ToString(CultureInfo.InvariantCulture), Styles.Date, null),
        DateTime time => (time.ToOADate().ToString("R", CultureInfo.InvariantCulture), Styles.DateTime, null),
        _ => (CanonicalCsv.Format(value, kind), 0, "inlineStr"),
    };

    private static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>The workbook's shared string table, numbered in order of first use (so the file is deterministic).</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int IndexOf(string value)
    {
        if (!_indexes.TryGetValue(value, out var index))
        {
            _indexes[value] = index = _strings.Count;
            _strings.Add(value);
        }

        return index;
    }

    public SharedStringTable ToElement() => new(_strings.Select(s => new SharedStringItem(new Text(s))))
    {
        Count = (uint)_strings.Count,
        UniqueCount = (uint)_strings.Count,
    };
}

/// <summary>The few cell formats an export needs; the indexes are the <c>s</c> attribute of a cell.</summary>
internal static class Styles
{
    public const string Header = "1";
    public const int Percent = 2;
    public const int Date = 3;
    public const int DateTime = 4;
    public const int OneDecimal = 5;
    public const int Count = 6;

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165U, FormatCode = "yyyy-mm-dd hh:mm:ss" },
            new NumberingFormat { NumberFormatId = 166U, FormatCode = "0.0" })
        { Count = 3U },
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "等线" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true },
            new CellFormat { NumberFormatId = 10U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true })
        { Count = 7U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
