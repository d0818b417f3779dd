using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Reports.Exports;
using ReliefPlatform.Application.Reports.Exports.RunExports;
using ReliefPlatform.Application.Statistics.TakeStatisticsSnapshot;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The completion report and its xlsx and CSV exports against figures worked out by hand, over a
/// small history of the one-stage item in 龙陵县 (530523) that no other test touches: a pause for missing documents, an
/// extension, a transfer to another department, a late decision, an overdue case, and decisions on
/// both sides of a month boundary. The nightly snapshot is taken night by night, as the job does.
/// </summary>
public abstract class ReportExportTests<TFactory>(TFactory factory) : IAsyncLifetime
    where TFactory : ApiFactory
{
    private const string County = "530523";
    private const string Township = "530523101";
    private const string OtherCounty = "530524";
    private const string Period = "from=2026-10-01&to=2026-11-30";
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static readonly Dictionary<string, Scenario> Scenarios = [];

    private Scenario _scenario = null!;

    public async Task InitializeAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (!Scenarios.TryGetValue(factory.Provider, out var scenario))
            {
                Scenarios[factory.Provider] = scenario = await SeedAsync();
            }

            _scenario = scenario;
        }
        finally
        {
            Seeded.Release();
        }

        factory.Clock.SetChinaTime(Today, 10);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Report_MatchesTheFiguresWorkedOutByHand()
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);

        var byDepartment = await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}&groupBy=department");
        var byMonth = await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}&groupBy=month");

        // received, accepted, completed, on time, on time with extension, open, overdue
        Assert.Equal((6L, 3L, 4L, 3L, 1L, 1L, 1L), Figures(Row(byDepartment!, TestData.OneStageDepartment)));
        Assert.Equal((0L, 1L, 1L, 1L, 0L, 0L, 0L), Figures(Row(byDepartment!, "edu")));
        Assert.Equal((6L, 4L, 5L, 4L, 1L, 1L, 1L), Figures(byDepartment!["total"]!));
        Assert.Equal((0.6667m, 0.75m), Rates(Row(byDepartment!, TestData.OneStageDepartment)));
        Assert.Null(Row(byDepartment!, "edu")["completionRate"]?.GetValue<decimal?>());
        Assert.Equal((0.8333m, 0.8m), Rates(byDepartment!["total"]!));

        // October's stocks are those at the end of 31 October: A (paused), B, C and E open; E overdue.
        Assert.Equal((5L, 3L, 1L, 1L, 0L, 4L, 1L), Figures(Row(byMonth!, "2026-10")));
        Assert.Equal((1L, 1L, 4L, 3L, 1L, 1L, 1L), Figures(Row(byMonth!, "2026-11")));
    }

    [Fact]
    public async Task XlsxExport_HoldsTheReportTheDetailAndItsMetadata_InCellsExcelUnderstands()
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);
        var report = await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}&groupBy=department");

        var response = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}&groupBy=department");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), response.Headers.GetValues("X-Content-SHA256").Single());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = Sheets(document);
        Assert.Equal(["汇总", "分阶段", "明细", "说明"], sheets.Keys);

        var summary = sheets["汇总"];
        Assert.Equal(["分组代码", "名称", "收件数", "受理数", "办结数", "按时办结数", "其中延期后按时", "办结率", "按时办结率", "在办数", "逾期数", "平均办理用时（工作日）"], summary[0].Select(c => c.Text));
        var housing = summary.Single(r => r[0].Text == TestData.OneStageDepartment);
        Assert.Equal("住房和城乡建设局", housing[1].Text);
        Assert.Equal(6m, housing[2].Number);
        Assert.Equal(4m, housing[4].Number);
        Assert.Equal(0.6667m, housing[7].Number);
        Assert.Equal(0.75m, housing[8].Number);
        Assert.Equal("0.00%", housing[8].Format);
        Assert.Equal(Row(report!, TestData.OneStageDepartment)["avgWorkingDays"]!.GetValue<decimal>(), housing[11].Number);
        var total = summary[^1];
        Assert.Equal(("total", 6m, 5m, 4m), (total[0].Text, total[2].Number, total[4].Number, total[5].Number));

        var detail = sheets["明细"];
        Assert.Equal(7, detail.Count);
        Assert.Equal(_scenario.TrackingNumbers.Order(StringComparer.Ordinal), detail.Skip(1).Select(r => r[0].Text).Order(StringComparer.Ordinal));
        var onTime = detail.Skip(1).ToDictionary(r => r[0].Text, r => r[10].Text);
        Assert.Equal(["是", "是", "是", "是", "否", ""], _scenario.Order.Select(k => onTime[_scenario.Tracking[k]]));
        var e = detail.Single(r => r[0].Text == _scenario.Tracking["E"]);
        Assert.Equal(("是", "是"), (e[14].Text, e[15].Text));
        Assert.Equal("yyyy-mm-dd hh:mm:ss", e[6].Format);
        Assert.Equal(new DateTime(2026, 10, 28, 9, 0, 0), DateTime.FromOADate((double)e[6].Number!.Value));
        Assert.Equal("yyyy-mm-dd", e[9].Format);

        var metadata = sheets["说明"].Skip(1).ToDictionary(r => r[0].Text, r => r[1].Text);
        Assert.StartsWith("2026.12.1", metadata["指标口径版本 Metrics version"], StringComparison.Ordinal);
        Assert.Equal(response.Headers.GetValues("X-As-Of").Single(), metadata["数据时点 As of"]);
        Assert.Equal("2026-10-01 – 2026-11-30", metadata["统计期间 Period"]);
        Assert.Equal("530523 龙陵县", metadata["区域 Region"]);

        // The content hash is the canonical CSV of the three tables: the CSV exports' data, concatenated.
        var summaryCsv = CsvFile.Parse(await (await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=summary&{Period}&groupBy=department")).Content.ReadAsByteArrayAsync());
        var stagesCsv = CsvFile.Parse(await (await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=stages&{Period}&groupBy=department")).Content.ReadAsByteArrayAsync());
        var detailCsv = CsvFile.Parse(await (await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=detail&{Period}&groupBy=department")).Content.ReadAsByteArrayAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. summaryCsv.Data, .. stagesCsv.Data, .. detailCsv.Data])), metadata["内容 SHA-256 Content SHA-256"]);
    }

    [Fact]
    public async Task CsvExport_HasABom_TheReportsFigures_AndACommentBlockWithItsHash()
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);

        var response = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&{Period}&groupBy=month");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = CsvFile.Parse(bytes);
        Assert.Equal("分组代码,名称,收件数,受理数,办结数,按时办结数,其中延期后按时,办结率,按时办结率,在办数,逾期数,平均办理用时（工作日）", csv.Lines[0]);
        Assert.StartsWith("2026-10,2026-10,5,3,1,1,0,20%,100%,4,1,", csv.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-11,2026-11,1,1,4,3,1,400%,75%,1,1,", csv.Lines[2], StringComparison.Ordinal);
        Assert.StartsWith("total,合计,6,4,5,4,1,83.33%,80%,1,1,", csv.Lines[3], StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(csv.Data)), csv.Comments["内容 SHA-256 Content SHA-256"]);
        Assert.Equal("month", csv.Comments["分组方式 Group by"]);

        // A supervisor reading the pages in English gets the same file content: names stay Chinese.
        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/completion/export?format=csv&part=summary&{Period}&groupBy=department");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = CsvFile.Parse(await (await supervisor.SendAsync(english)).Content.ReadAsByteArrayAsync());
        Assert.Contains(inEnglish.Lines, l => l.StartsWith("housing,住房和城乡建设局,", StringComparison.Ordinal));
        Assert.Contains(inEnglish.Lines, l => l.StartsWith("total,合计,", StringComparison.Ordinal));
        Assert.StartsWith("2026.12.1", csv.Comments["指标口径版本 Metrics version"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameParametersAndAsOf_GiveTheSameBytes_EvenAfterTheDataMoved()
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);
        var first = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}&groupBy=item");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        var asOf = first.Headers.GetValues("X-As-Of").Single();

        // Time moves on and another application arrives (after the period, so the other tests keep their figures).
        factory.Clock.SetChinaTime(new DateOnly(2026, 12, 1), 9);
        await (await factory.ResidentAsync()).SubmitAsync(TestData.Application(idNumber: TestData.IdNumber(County), regionCode: Township));
        supervisor = await factory.StaffAsync(_scenario.Supervisor);
        var again = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}&groupBy=item&asOf={Uri.EscapeDataString(asOf)}");
        var now = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}&groupBy=item");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstBytes, await again.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(firstBytes, await now.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(asOf, now.Headers.GetValues("X-As-Of").Single());

        var unknown = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}&groupBy=department&asOf={Uri.EscapeDataString("2026-01-01T00:00:00+08:00")}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AnotherCountysSupervisor_SeesNoneOfTheseFigures_InTheFilesOrTheArchive()
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);
        var own = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=detail&{Period}");
        var exportId = own.Headers.GetValues("X-Export-Id").Single();
        var other = await factory.StaffAsync(_scenario.OtherSupervisor);

        var detail = CsvFile.Parse(await (await other.GetAsync($"/api/v1/reports/completion/export?format=csv&part=detail&{Period}")).Content.ReadAsByteArrayAsync());
        var summary = CsvFile.Parse(await (await other.GetAsync($"/api/v1/reports/completion/export?format=csv&part=summary&{Period}")).Content.ReadAsByteArrayAsync());

        Assert.Single(detail.Lines);
        Assert.Equal(["total,合计,0,0,0,0,0,,,0,0,"], summary.Lines.Skip(1));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/exports/{exportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/exports/{exportId}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.StaffAsync(_scenario.Caseworker)).GetAsync($"/api/v1/reports/completion/export?format=csv&{Period}")).StatusCode);
    }

    [Fact]
    public async Task LargeExport_RunsInTheBackground_WithProgress_ThenDownloads()
    {
        var settings = factory.Services.GetRequiredService<ExportSettings>();
        settings.BackgroundRowThreshold = 3;
        try
        {
            var supervisor = await factory.StaffAsync(_scenario.Supervisor);
            var queued = await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}");

            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            var status = await queued.JsonAsync();
            Assert.Equal("Queued", status["status"]!.GetValue<string>());
            Assert.Null(status["downloadUrl"]);
            var location = queued.Headers.Location!.ToString();
            var notReady = await supervisor.GetAsync($"{location}/file");
            Assert.True(notReady.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.OK, $"{notReady.StatusCode}");

            // "Trigger now" may have started the job already; either way one run writes it.
            await factory.SendAsync(new RunExportsCommand());
            var done = await supervisor.GetFromJsonAsync<JsonObject>(location);
            for (var i = 0; i < 60 && done!["status"]!.GetValue<string>() != "Done"; i++)
            {
                await Task.Delay(500);
                done = await supervisor.GetFromJsonAsync<JsonObject>(location);
            }

            Assert.Equal("Done", done!["status"]!.GetValue<string>());
            Assert.Equal(100, done["percent"]!.GetValue<int>());
            Assert.True(done["totalRows"]!.GetValue<long>() >= 6);
            var file = await supervisor.GetAsync(done["downloadUrl"]!.GetValue<string>());
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal(done["fileSha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            Assert.True(Sheets(document)["明细"].Count >= 7);
            Assert.Contains(await supervisor.GetFromJsonAsync<JsonArray>("/api/v1/reports/exports") ?? [], x => x!["id"]!.GetValue<string>() == done["id"]!.GetValue<string>());
        }
        finally
        {
            settings.BackgroundRowThreshold = 20_000;
        }
    }

    [Theory]
    [InlineData("format=pdf&" + Period, "format")]
    [InlineData("format=csv&part=all&" + Period, "part")]
    [InlineData("format=xlsx&part=everything&" + Period, "part")]
    [InlineData("format=xlsx&from=2026-11-30&to=2026-11-01", "to")]
    public async Task Export_WithBadParameters_Answers400WithTheField(string query, string field)
    {
        var supervisor = await factory.StaffAsync(_scenario.Supervisor);

        var response = await supervisor.GetAsync($"/api/v1/reports/completion/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    private async Task<Scenario> SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var caseworkerName = $"cw-housing-{County}-{suffix}";
        var eduName = $"cw-edu-{County}-{suffix}";
        var supervisorName = $"sup-{County}-{suffix}";
        var otherName = $"sup-{OtherCounty}-{suffix}";
        await factory.AddStaffAsync(caseworkerName, Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync(eduName, Role.Caseworker, "edu", County);
        await factory.AddStaffAsync(supervisorName, Role.Supervisor, null, County);
        await factory.AddStaffAsync(otherName, Role.Supervisor, null, OtherCounty);
        var ids = new Dictionary<string, string>();
        var tracking = new Dictionary<string, string>();
        var phones = new Dictionary<string, string>();
        var day = new DateOnly(2026, 10, 28);

        async Task<(HttpClient Caseworker, HttpClient Edu, HttpClient Supervisor)> StaffAt(DateOnly date, int hour)
        {
            factory.Clock.SetChinaTime(date, hour);
            return (await factory.StaffAsync(caseworkerName), await factory.StaffAsync(eduName), await factory.StaffAsync(supervisorName));
        }

        async Task SubmitAsync(string key)
        {
            phones[key] = TestData.Phone();
            var resident = await factory.ResidentAsync(phones[key]);
            var created = await resident.SubmitAsync(TestData.Application(idNumber: TestData.IdNumber(County), regionCode: Township));
            ids[key] = created["id"]!.GetValue<string>();
            tracking[key] = created["trackingNumber"]!.GetValue<string>();
        }

        static async Task Ok(Task<HttpResponseMessage> call)
        {
            var response = await call;
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        for (; day < Today; day = day.AddDays(1))
        {
            switch (day.Day)
            {
                case 28: // Wednesday 28 October: five filed; A, B, C accepted; D not accepted (on time).
                    factory.Clock.SetChinaTime(day, 9);
                    foreach (var key in new[] { "A", "B", "C", "D", "E" })
                    {
                        await SubmitAsync(key);
                    }

                    var (housing, _, _) = await StaffAt(day, 10);
                    foreach (var key in new[] { "A", "B", "C" })
                    {
                        await Ok(housing.PostAsync($"/api/v1/applications/{ids[key]}/accept", null));
                    }

                    await Ok(housing.PostAsJsonAsync($"/api/v1/applications/{ids["D"]}/not-accept", new { reason = "户籍不在本县" }));
                    break;
                case 29: // A waits for the resident's documents (the clock pauses).
                    (housing, _, _) = await StaffAt(day, 10);
                    await Ok(housing.PostAsJsonAsync($"/api/v1/applications/{ids["A"]}/request-info", new { reason = "请补交户口簿" }));
                    break;
                case 2: // Monday 2 November: A answered; B transferred to education; C extended by the supervisor.
                    factory.Clock.SetChinaTime(day, 9);
                    var residentA = await factory.ResidentAsync(phones["A"]);
                    await Ok(residentA.PostAsJsonAsync($"/api/v1/applications/{ids["A"]}/supplement", new { text = "户口簿已补交" }));
                    var (housing2, _, supervisor) = await StaffAt(day, 10);
                    await Ok(housing2.PostAsJsonAsync($"/api/v1/applications/{ids["B"]}/transfer", new { departmentCode = "edu", itemCode = "edu.student-aid", reason = "应由教育局办理" }));
                    await Ok(housing2.PostAsJsonAsync($"/api/v1/applications/{ids["C"]}/extension", new { workingDays = 5, reason = "需要入户查看房屋" }));
                    await Ok(supervisor.PostAsJsonAsync($"/api/v1/applications/{ids["C"]}/extension/approve", new { note = "同意" }));
                    break;
                case 3: // A and C approved; education accepts B.
                    var (housing3, edu, _) = await StaffAt(day, 10);
                    await Ok(housing3.PostAsJsonAsync($"/api/v1/applications/{ids["A"]}/approve", new { reason = "符合条件" }));
                    await Ok(housing3.PostAsJsonAsync($"/api/v1/applications/{ids["C"]}/approve", new { reason = "符合条件" }));
                    await Ok(edu.PostAsync($"/api/v1/applications/{ids["B"]}/accept", null));
                    break;
                case 4: // F filed.
                    factory.Clock.SetChinaTime(day, 9);
                    await SubmitAsync("F");
                    break;
                case 5: // B approved by education.
                    (_, edu, _) = await StaffAt(day, 10);
                    await Ok(edu.PostAsJsonAsync($"/api/v1/applications/{ids["B"]}/approve", new { reason = "符合条件" }));
                    break;
                case 10: // F not accepted, days after its intake limit: completed, but late.
                    (housing, _, _) = await StaffAt(day, 10);
                    await Ok(housing.PostAsJsonAsync($"/api/v1/applications/{ids["F"]}/not-accept", new { reason = "不符合申请条件" }));
                    break;
            }

            factory.Clock.SetChinaTime(day.AddDays(1), 0);
            factory.Clock.Advance(TimeSpan.FromMinutes(30));
            await factory.SendAsync(new TakeStatisticsSnapshotCommand(day));
        }

        return new Scenario(supervisorName, otherName, caseworkerName, tracking);
    }

    private static JsonNode Row(JsonObject report, string key) =>
        report["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == key)!;

    private static (long, long, long, long, long, long, long) Figures(JsonNode row) => (
        row["received"]!.GetValue<long>(), row["accepted"]!.GetValue<long>(), row["completed"]!.GetValue<long>(),
        row["completedOnTime"]!.GetValue<long>(), row["completedOnTimeExtended"]!.GetValue<long>(),
        row["open"]!.GetValue<long>(), row["overdue"]!.GetValue<long>());

    private static (decimal, decimal) Rates(JsonNode row) => (row["completionRate"]!.GetValue<decimal>(), row["onTimeRate"]!.GetValue<decimal>());

    /// <summary>Every sheet's rows as cells with their shown text, number and number format.</summary>
    private static Dictionary<string, List<XCell[]>> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        formats[10] = "0.00%";
        formats[3] = "#,##0";
        var cellFormats = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var result = new Dictionary<string, List<XCell[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, "A2"), (pane.State!.Value, pane.TopLeftCell!.Value));
            Assert.All(part.Worksheet.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 10));
            var width = part.Worksheet.Descendants<Column>().Count();
            result[sheet.Name!] = part.Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = Enumerable.Range(0, width).Select(_ => new XCell("", null, null)).ToArray();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1) - 1;
                    var format = cell.StyleIndex is { } s && cellFormats[(int)s.Value].NumberFormatId is { } id && formats.TryGetValue(id.Value, out var code) ? code : null;
                    cells[column] = cell.DataType?.Value switch
                    {
                        var t when t == CellValues.SharedString => new XCell(shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)], null, format),
                        var t when t == CellValues.InlineString => new XCell(cell.InlineString!.InnerText, null, format),
                        _ => new XCell(cell.CellValue!.Text, decimal.Parse(cell.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture), format),
                    };
                }

                return cells;
            }).ToList();
        }

        return result;
    }

    private sealed record XCell(string Text, decimal? Number, string? Format);

    private sealed record Scenario(string Supervisor, string OtherSupervisor, string Caseworker, Dictionary<string, string> Tracking)
    {
        public string[] Order { get; } = ["A", "B", "C", "D", "F", "E"];

        public IEnumerable<string> TrackingNumbers => Tracking.Values;
    }

    /// <summary>A CSV export taken apart: its data bytes (after the BOM, before the comments), lines and comment block.</summary>
    private sealed record CsvFile(byte[] Data, List<string> Lines, Dictionary<string, string> Comments)
    {
        public static CsvFile Parse(byte[] bytes)
        {
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            var commentsAt = text.StartsWith("# ", StringComparison.Ordinal) ? 0 : text.IndexOf("\r\n# ", StringComparison.Ordinal) + 2;
            var data = Encoding.UTF8.GetBytes(text[..commentsAt]);
            var lines = text[..commentsAt].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
            var comments = text[commentsAt..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l[2..].Split(": ", 2))
                .ToDictionary(p => p[0], p => p[1]);
            return new CsvFile(data, lines, comments);
        }
    }
}

public sealed class SqliteReportExportTests(SqliteApiFactory factory) : ReportExportTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresReportExportTests(PostgresApiFactory factory) : ReportExportTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerReportExportTests(SqlServerApiFactory factory) : ReportExportTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
