using System.Text;
using QRCoder;
using ReliefPlatform.Application.Documents;
using SkiaSharp;

namespace ReliefPlatform.Infrastructure.Documents;

/// <summary>
/// Lays out a written decision on A4 with Skia's PDF back end, which embeds only the glyphs used (a subset
/// of the CJK face), and draws the QR code as vector squares. Pages are added when the text runs long.
/// </summary>
internal sealed class SkiaDocumentRenderer(CjkFont font, DocumentSettings settings) : IDocumentRenderer
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 64;
    private const float BodySize = 12.5f;
    private const float LineGap = 1.65f;
    private const float Bottom = PageHeight - 60;
    private const float QrSize = 96;

    /// <summary>Characters a Chinese line may not start with (避头点).</summary>
    private const string NoLineStart = "，。、；：？！）》」』”’%,.;:?!)";

    /// <summary>Characters a Chinese line may not end with (避尾点).</summary>
    private const string NoLineEnd = "（《「『“‘(";

    public byte[] Render(DecisionContent content)
    {
        var typeface = font.Typeface ?? throw new DocumentsUnavailableException(font.Problem);
        var url = settings.VerificationBaseUrl.TrimEnd('/') + DocumentRoutes.Verification(content.VerificationCode);
        using var output = new MemoryStream();
        using (var stream = new SKManagedWStream(output))
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = $"{content.IssuingOffice}{content.Title}",
            Author = content.IssuingOffice,
            Creator = "云南政府救助平台",
            Producer = "ReliefPlatform",
            RasterDpi = 300,
        }))
        {
            new Layout(document, typeface, content.DocumentNumber).Write(content, url);
            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>One document being written: the current page and how far down it the text has come.</summary>
    private sealed class Layout(SKDocument document, SKTypeface typeface, string number)
    {
        private SKCanvas _canvas = null!;
        private float _y;
        private int _page;

        public void Write(DecisionContent c, string url)
        {
            NewPage();
            Centered(c.IssuingOffice, 22, bold: true);
            _y += 8;
            Centered(c.Title, 20, bold: true);
            _y += 4;
            Centered($"文书编号：{c.DocumentNumber}", 10.5f, color: SKColors.DimGray);
            _y += 10;
            Rule();
            _y += 8;

            Line($"申请人：{c.ApplicantName}（身份证号：{c.ApplicantIdNumberMasked}）");
            Line($"申请事项：{c.ItemName}");
            Line($"申请编号：{c.TrackingNumber}");
            Line($"申请日期：{DecisionWording.ChinaDate(c.SubmittedOn)}");
            _y += 8;
            Paragraph(c.Decision, indent: true);

            if (c.MissingDocuments.Count > 0)
            {
                Section("需要补正的材料");
                for (var i = 0; i < c.MissingDocuments.Count; i++)
                {
                    Paragraph($"{i + 1}. {c.MissingDocuments[i]}");
                }
            }

            if (c.Reason is { } reason)
            {
                Section(c.Kind == Domain.Documents.DocumentKind.InformationRequest ? "补正说明" : "理由");
                Paragraph(reason, indent: true);
            }

            if (c.Benefit is { } benefit)
            {
                Section("救助内容");
                Paragraph(benefit, indent: true);
            }

            Section("依据");
            Paragraph(string.Join("；", c.LegalBasis) + "。", indent: true);

            if (c.Remedies is { } remedies)
            {
                Section("救济途径");
                Paragraph(remedies, indent: true);
            }

            Closing(c, url);
        }

        private void Closing(DecisionContent c, string url)
        {
            const float block = QrSize + 70;
            if (_y + block > Bottom)
            {
                NewPage();
            }

            _y += 24;
            Right(c.IssuingOffice, BodySize);
            Right(DecisionWording.ChinaDate(c.IssuedOn), BodySize);
            _y += 12;

            var top = _y;
            DrawQr(url, Margin, top);
            var x = Margin + QrSize + 14;
            var textWidth = PageWidth - Margin - x;
            var y = top + 12;
            foreach (var text in new[] { "扫码或打开以下网址核验本文书真伪：", url, $"核验码：{c.VerificationCode}" })
            {
                foreach (var line in Wrap(text, 10, textWidth))
                {
                    Draw(line, x, y, 10, SKColors.Black);
                    y += 10 * LineGap;
                }
            }

            foreach (var line in Wrap("本文书由云南政府救助平台出具，其 SHA-256 摘要经平台文书密钥签名；在核验页面上传本文件，可查验是否为原件、是否被改动。", 9, textWidth))
            {
                Draw(line, x, y, 9, SKColors.DimGray);
                y += 9 * LineGap;
            }

            _y = Math.Max(top + QrSize, y);
        }

        private void NewPage()
        {
            if (_page > 0)
            {
                document.EndPage();
            }

            _page++;
            _canvas = document.BeginPage(PageWidth, PageHeight);
            _y = 72;
            Draw($"{number}　第 {_page} 页", Margin, PageHeight - 32, 9, SKColors.Gray);
        }

        private void Section(string heading)
        {
            _y += 6;
            Line(heading + "：", bold: true);
        }

        private void Line(string text, bool bold = false) => Paragraph(text, bold: bold);

        private void Paragraph(string text, bool indent = false, bool bold = false)
        {
            var width = PageWidth - (2 * Margin);
            var lines = Wrap(indent ? "\u3000\u3000" + text : text, BodySize, width, bold);
            foreach (var line in lines)
            {
                if (_y + (BodySize * LineGap) > Bottom)
                {
                    NewPage();
                }

                _y += BodySize * LineGap;
                Draw(line, Margin, _y, BodySize, SKColors.Black, bold);
            }
        }

        private void Centered(string text, float size, bool bold = false, SKColor? color = null)
        {
            _y += size * 1.5f;
            using var f = Font(size, bold);
            Draw(text, (PageWidth - f.MeasureText(text)) / 2, _y, size, color ?? SKColors.Black, bold);
        }

        private void Right(string text, float size)
        {
            _y += size * LineGap;
            using var f = Font(size, false);
            Draw(text, PageWidth - Margin - f.MeasureText(text), _y, size, SKColors.Black);
        }

        private void Rule()
        {
            using var paint = new SKPaint { Color = new SKColor(0xB0, 0x1E, 0x1E), StrokeWidth = 1.5f, IsAntialias = true };
            _canvas.DrawLine(Margin, _y, PageWidth - Margin, _y, paint);
        }

        private void DrawQr(string url, float x, float y)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
            var modules = data.ModuleMatrix;
            var cell = QrSize / modules.Count;
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
            for (var row = 0; row < modules.Count; row++)
            {
                for (var column = 0; column < modules[row].Count; column++)
                {
                    if (modules[row][column])
                    {
                        _canvas.DrawRect(x + (column * cell), y + (row * cell), cell + 0.05f, cell + 0.05f, paint);
                    }
                }
            }
        }

        private void Draw(string text, float x, float y, float size, SKColor color, bool bold = false)
        {
            using var f = Font(size, bold);
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            using var blob = TextBlob(text, f);
            if (blob is not null)
            {
                _canvas.DrawText(blob, x, y, paint);
            }
        }

        /// <summary>
        /// The glyphs with the text they stand for (UTF-8 and a cluster per character). Skia's PDF names a glyph by
        /// the font's lowest code point for it, a radical (⽂ for 文) where Noto CJK shares the glyph; given the
        /// text, it marks those glyphs with the character meant (/ActualText), so copied text and screen readers
        /// read 文书, not ⽂书 (ADR 0037).
        /// </summary>
        private static SKTextBlob? TextBlob(string text, SKFont font)
        {
            var glyphs = font.GetGlyphs(text);
            if (glyphs.Length == 0)
            {
                return null;
            }

            var utf8 = Encoding.UTF8.GetBytes(text);
            var clusters = new uint[glyphs.Length];
            var (index, offset) = (0, 0);
            foreach (var rune in text.EnumerateRunes())
            {
                clusters[index++] = (uint)offset;
                offset += rune.Utf8SequenceLength;
            }

            var positions = font.GetGlyphPositions(glyphs).Select(p => p.X).ToArray();
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocateHorizontalTextRun(font, glyphs.Length, 0, utf8.Length, null);
            run.SetGlyphs(glyphs);
            run.SetPositions(positions);
            run.SetText(utf8);
            run.SetClusters(clusters);
            return builder.Build();
        }

        private SKFont Font(float size, bool bold) => new(typeface, size) { Embolden = bold, Subpixel = true };

        /// <summary>
        /// Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>: anywhere between Chinese
        /// characters, but not inside a run of Latin letters or digits (a URL or a number breaks only when it must),
        /// and never before a closing mark.
        /// </summary>
        private List<string> Wrap(string text, float size, float width, bool bold = false)
        {
            using var f = Font(size, bold);
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var rest = paragraph;
                while (rest.Length > 0)
                {
                    var fit = Fit(f, rest, width);
                    if (fit < rest.Length)
                    {
                        var start = fit;
                        while (start > 1 && IsWordChar(rest[start]) && IsWordChar(rest[start - 1]))
                        {
                            start--;
                        }

                        fit = start > 1 ? start : fit;
                        while (fit > 1 && (NoLineStart.Contains(rest[fit]) || NoLineEnd.Contains(rest[fit - 1])))
                        {
                            fit--;
                        }
                    }

                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                }
            }

            return lines;
        }

        private static int Fit(SKFont f, string text, float width)
        {
            var count = 1;
            while (count < text.Length && f.MeasureText(text.AsSpan(0, count + 1)) <= width)
            {
                count++;
            }

            return count;
        }

        private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or ':' or '.' or '=' or '?' or '&';
    }
}
