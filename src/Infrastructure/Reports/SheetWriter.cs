using System.Globalization;
using System.Text;
using System.Xml;
using ReliefPlatform.Application.Reports.Exports;

namespace ReliefPlatform.Infrastructure.Reports;

/// <summary>
/// One worksheet written row by row: a bold, frozen header row, set column widths, numbers as numbers,
/// rates as percentages, dates as dates. Memory stays flat at any row count. The parts are written with
/// <see cref="XmlWriter"/> in SpreadsheetML's default namespace, not the Open XML SDK's <c>x:</c> prefix,
/// which some readers (exceljs) do not accept.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    private readonly XmlWriter _writer;
    private readonly IReadOnlyList<ReportColumn> _columns;
    private readonly SharedStrings _sharedStrings;
    private readonly string[] _letters;
    private long _rowIndex;

    public SheetWriter(Stream destination, IReadOnlyList<ReportColumn> columns, SharedStrings sharedStrings, bool selected)
    {
        _writer = SpreadsheetXml.Create(destination);
        _columns = columns;
        _sharedStrings = sharedStrings;
        _letters = Enumerable.Range(0, columns.Count).Select(ColumnLetters).ToArray();

        _writer.WriteStartElement("worksheet", SpreadsheetXml.Main);
        _writer.WriteStartElement("sheetViews");
        _writer.WriteStartElement("sheetView");
        if (selected)
        {
            _writer.WriteAttributeString("tabSelected", "1");
        }

        _writer.WriteAttributeString("workbookViewId", "0");
        _writer.WriteStartElement("pane");
        _writer.WriteAttributeString("ySplit", "1");
        _writer.WriteAttributeString("topLeftCell", "A2");
        _writer.WriteAttributeString("activePane", "bottomLeft");
        _writer.WriteAttributeString("state", "frozen");
        _writer.WriteEndElement();
        _writer.WriteStartElement("selection");
        _writer.WriteAttributeString("pane", "bottomLeft");
        _writer.WriteAttributeString("activeCell", "A2");
        _writer.WriteAttributeString("sqref", "A2");
        _writer.WriteEndElement();
        _writer.WriteEndElement(); // sheetView
        _writer.WriteEndElement(); // sheetViews
        _writer.WriteStartElement("cols");
        for (var i = 0; i < columns.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement("col");
            _writer.WriteAttributeString("min", number);
            _writer.WriteAttributeString("max", number);
            _writer.WriteAttributeString("width", columns[i].Width.ToString("R", CultureInfo.InvariantCulture));
            _writer.WriteAttributeString("customWidth", "1");
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement(); // cols
        _writer.WriteStartElement("sheetData");
        WriteRow(columns.Select(c => (object?)c.Header).ToArray(), header: true);
    }

    public void WriteRow(object?[] values) => WriteRow(values, header: false);

    public void Dispose()
    {
        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.WriteEndDocument();
        _writer.Dispose();
    }

    private void WriteRow(object?[] values, bool header)
    {
        var rowNumber = (++_rowIndex).ToString(CultureInfo.InvariantCulture);
        _writer.WriteStartElement("row");
        _writer.WriteAttributeString("r", rowNumber);
        for (var i = 0; i < _columns.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var kind = header ? CellKind.Label : _columns[i].Kind;
            var (text, style, type) = Encode(value, kind);
            _writer.WriteStartElement("c");
            _writer.WriteAttributeString("r", _letters[i] + rowNumber);
            if (header || style != 0)
            {
                _writer.WriteAttributeString("s", header ? Styles.Header : style.ToString(CultureInfo.InvariantCulture));
            }

            if (type is not null)
            {
                _writer.WriteAttributeString("t", type);
            }

            if (type == "inlineStr")
            {
                _writer.WriteStartElement("is");
                SpreadsheetXml.WriteText(_writer, text);
                _writer.WriteEndElement();
            }
            else
            {
                _writer.WriteElementString("v", text);
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

    public void WriteTo(Stream destination)
    {
        using var writer = SpreadsheetXml.Create(destination);
        writer.WriteStartElement("sst", SpreadsheetXml.Main);
        var count = _strings.Count.ToString(CultureInfo.InvariantCulture);
        writer.WriteAttributeString("count", count);
        writer.WriteAttributeString("uniqueCount", count);
        foreach (var value in _strings)
        {
            writer.WriteStartElement("si");
            SpreadsheetXml.WriteText(writer, value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
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

    public const string StylesheetXml =
        """<?xml version="1.0" encoding="utf-8" standalone="yes"?>"""
        + """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
        + """<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/><numFmt numFmtId="166" formatCode="0.0"/></numFmts>"""
        + """<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>"""
        + """<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"""
        + """<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"""
        + """<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"""
        + """<cellXfs count="7">"""
        + """<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"""
        + """<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"""
        + """<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""
        + """</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}

/// <summary>How the parts are written: UTF-8 without BOM, no indentation, the default namespace.</summary>
internal static class SpreadsheetXml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static XmlWriter Create(Stream destination)
    {
        var writer = XmlWriter.Create(destination, Settings);
        writer.WriteStartDocument(true);
        return writer;
    }

    /// <summary>A <c>t</c> element; leading or trailing spaces would be dropped by readers without <c>xml:space</c>.</summary>
    public static void WriteText(XmlWriter writer, string text)
    {
        writer.WriteStartElement("t");
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            writer.WriteAttributeString("xml", "space", null, "preserve");
        }

        writer.WriteString(text);
        writer.WriteEndElement();
    }
}
