using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Per-stage figures (issue 20 §8, docs/metrics.md "Stages") against a history worked out by hand, in
/// county 530602 (昭阳区) whose applications no other test touches: townships 530602001 (凤凰街道, "A")
/// and 530602101 (旧圃镇, "B"). 低保: intake 1 working day, investigation 12, review 3, notice 7 calendar
/// days (due the working day after it ends), county confirmation 10; 住房 (one stage): 30. No holiday
/// before 4–6 April. Working days taken count the working days in (start, end].
///
/// P (A): filed Mon 2 Mar, accepted Tue 3 (1 wd, due 3, on time); visited and investigation done Wed 4
///   (1 wd, due 19, on time); review Thu 5 (1 wd, due 9, on time); notice 5–12 Mar done Fri 13 (6 wd: 6, 9–13;
///   due 13, on time); county confirmation due Fri 27, approved Mon 30 (11 wd, late).
/// L (B): filed Mon 2 Mar, accepted Wed 4 (2 wd, due 3, late); investigation due Fri 20 Mar, still open on
///   17 April (overdue); the case is due Thu 16 April (30 wd after 4 Mar): overdue 1 wd, its stage 19.
/// R (A): filed and accepted Mon 2 Mar (0 wd, on time); investigation done Mon 9 (5 wd, due 18, on time);
///   review Tue 10 (1 wd, on time); notice from 10 Mar, an objection Wed 11 upheld Thu 12: sent back (2 wd,
///   due 18, on time); the second investigation, due Mon 30 Mar, still open (overdue); case due Tue 14 April.
/// W (A): filed and accepted Mon 2 Mar, withdrawn Wed 4 in investigation: that stage closed, counted nowhere.
/// S (住房, county): filed Mon 2 Mar, accepted Tue 3 (1 wd, due 3, on time), approved Fri 6 (3 wd, on time).
/// V (B): filed Wed 15 April, not accepted by Fri 17 (intake due Thu 16): acceptance open and overdue.
///
/// On Fri 17 April, for 1 March – 30 April:
///   township acceptance 4 finished (P, L, R, W), 3 on time, 3 wd → 0.75 and 0.8; open 1 (V), overdue 1;
///   investigation 2 (P, R), 2 on time, 6 wd → 1 and 3.0; open 2 (L, R), overdue 2;
///   township review 2, 2 on time, 2 wd → 1 and 1.0;  notice 2, 2 on time, 1 sent back, 8 wd → 1 and 4.0;
///   county acceptance (S) 1, 1, 1 wd;  county handling (S) 1, 1, 3 wd;  county confirmation (P) 1, 0 on time, 11 wd → 0 and 11.0.
///   Township level: 10 finished, 9 on time → 0.9; 19 wd → 1.9; 1 sent back; open 3, overdue 3.
///   County level: 3 finished, 2 on time → 0.6667; 15 wd → 5.0; open 0.
/// Overdue list: R (due 14 Apr, 3 wd; investigation at 凤凰街道 due 30 Mar, 13 wd), L (due 16 Apr, 1 wd;
///   investigation at 旧圃镇 due 20 Mar, 19 wd; earlier late: acceptance due 3 Mar, 1 wd), V (due 16 Apr,
///   1 wd; acceptance at 旧圃镇 due 16 Apr, 1 wd).
/// </summary>
public abstract class StageReportTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory
{
    private const string County = "530602";
    private const string TownshipA = "530602001";
    private const string TownshipB = "530602101";
    private const string Period = "from=2026-03-01&to=2026-04-30";

    [Fact]
    public async Task StageFigures_OverdueStages_AndTheExport_MatchTheHistoryWorkedOutByHand()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await factory.AddStaffAsync($"tw-a-{suffix}", Role.Caseworker, "civil", TownshipA);
        await factory.AddStaffAsync($"tw-b-{suffix}", Role.Caseworker, "civil", TownshipB);
        await factory.AddStaffAsync($"cty-civil-{suffix}", Role.Caseworker, "civil", County);
        await factory.AddStaffAsync($"cty-housing-{suffix}", Role.Caseworker, TestData.OneStageDepartment, County);
        await factory.AddStaffAsync($"sup-{suffix}", Role.Supervisor, null, County);
        await factory.AddStaffAsync($"sup-530600-{suffix}", Role.Supervisor, null, "530600");
        await factory.AddStaffAsync($"sup-530621-{suffix}", Role.Supervisor, null, "530621");
        var anonymous = factory.CreateClient();
        var phones = new Dictionary<string, string>();
        var ids = new Dictionary<string, string>();

        // Sessions end when the clock moves on by days: staff sign in again at each date.
        async Task<HttpClient> At(DateOnly day, string who)
        {
            factory.Clock.SetChinaTime(day, 10);
            return await factory.StaffAsync($"{who}-{suffix}");
        }

        async Task FileAsync(string name, object body)
        {
            phones[name] = TestData.Phone();
            ids[name] = (await (await factory.ResidentAsync(phones[name])).SubmitAsync(body))["id"]!.GetValue<string>();
        }

        try
        {
            var mar2 = new DateOnly(2026, 3, 2);
            factory.Clock.SetChinaTime(mar2, 9);
            await FileAsync("P", TestData.Dibao(regionCode: TownshipA));
            await FileAsync("L", TestData.Dibao(regionCode: TownshipB));
            await FileAsync("R", TestData.Dibao(regionCode: TownshipA));
            await FileAsync("W", TestData.Dibao(regionCode: TownshipA));
            await FileAsync("S", TestData.Application(regionCode: County));
            var a = await At(mar2, "tw-a");
            await Ok(a.PostAsync($"/api/v1/applications/{ids["R"]}/accept", null));
            await Ok(a.PostAsync($"/api/v1/applications/{ids["W"]}/accept", null));

            a = await At(new DateOnly(2026, 3, 3), "tw-a");
            await Ok(a.PostAsync($"/api/v1/applications/{ids["P"]}/accept", null));
            await Ok((await factory.StaffAsync($"cty-housing-{suffix}")).PostAsync($"/api/v1/applications/{ids["S"]}/accept", null));

            var mar4 = new DateOnly(2026, 3, 4);
            await Ok((await At(mar4, "tw-b")).PostAsync($"/api/v1/applications/{ids["L"]}/accept", null));
            a = await factory.StaffAsync($"tw-a-{suffix}");
            await InvestigateAsync(a, ids["P"], "2026-03-04");
            await Ok((await factory.ResidentAsync(phones["W"])).PostAsJsonAsync($"/api/v1/applications/{ids["W"]}/withdraw", new { reason = "家里情况好转了" }));

            await RecommendAsync(await At(new DateOnly(2026, 3, 5), "tw-a"), ids["P"]);
            await Ok((await At(new DateOnly(2026, 3, 6), "cty-housing")).PostAsJsonAsync($"/api/v1/applications/{ids["S"]}/approve", new { reason = "符合条件" }));
            await InvestigateAsync(await At(new DateOnly(2026, 3, 9), "tw-a"), ids["R"], "2026-03-09");
            await RecommendAsync(await At(new DateOnly(2026, 3, 10), "tw-a"), ids["R"]);

            factory.Clock.SetChinaTime(new DateOnly(2026, 3, 11), 10);
            var notices = (await anonymous.GetFromJsonAsync<JsonObject>($"/api/v1/public/notices?place={TownshipA}"))!["notices"]!.AsArray();
            var rNotice = notices.Single(n => n!["endsOn"]!.GetValue<string>() == "2026-03-17")!["id"]!.GetValue<string>();
            var objection = await anonymous.PostAsJsonAsync($"/api/v1/public/notices/{rNotice}/objections", new { text = "她家在城里有一套房", contact = (string?)null });
            await Ok(Task.FromResult(objection));
            var objectionId = (await objection.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            a = await At(new DateOnly(2026, 3, 12), "tw-a");
            await Ok(a.PostAsJsonAsync($"/api/v1/applications/{ids["R"]}/objections/{objectionId}/resolve", new { upheld = true, resolution = "核实有房一套，重新调查" }));

            await Ok((await At(new DateOnly(2026, 3, 13), "tw-a")).PostAsJsonAsync($"/api/v1/applications/{ids["P"]}/stage/complete", new { note = "公示期满无异议" }));
            await Ok((await At(new DateOnly(2026, 3, 30), "cty-civil")).PostAsJsonAsync($"/api/v1/applications/{ids["P"]}/approve", new { reason = "经审核确认，符合条件", benefit = "每月 600 元" }));

            factory.Clock.SetChinaTime(new DateOnly(2026, 4, 15), 9);
            await FileAsync("V", TestData.Dibao(regionCode: TownshipB));

            var supervisor = await At(new DateOnly(2026, 4, 17), "sup");
            var report = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}&groupBy=department"))!;
            Assert.Equal("2026.12.1", report["metricsVersion"]!.GetValue<string>());
            var stages = report["stages"]!["stages"]!.AsArray();

            // (finished, on time, sent back, on-time rate, average working days, open, overdue)
            Assert.Equal(
                [
                    "Township:acceptance", "Township:investigation", "Township:township-review", "Township:public-notice",
                    "County:acceptance", "County:county-confirmation", "County:decision",
                ],
                stages.Select(s => $"{s!["office"]}:{s["key"]}"));
            Assert.Equal((4L, 3L, 0L, 0.75m, 0.8m, 1L, 1L), Figures(Stage(stages, "Township", "acceptance")));
            Assert.Equal((2L, 2L, 0L, 1m, 3.0m, 2L, 2L), Figures(Stage(stages, "Township", "investigation")));
            Assert.Equal((2L, 2L, 0L, 1m, 1.0m, 0L, 0L), Figures(Stage(stages, "Township", "township-review")));
            Assert.Equal((2L, 2L, 1L, 1m, 4.0m, 0L, 0L), Figures(Stage(stages, "Township", "public-notice")));
            Assert.Equal((1L, 1L, 0L, 1m, 1.0m, 0L, 0L), Figures(Stage(stages, "County", "acceptance")));
            Assert.Equal((1L, 1L, 0L, 1m, 3.0m, 0L, 0L), Figures(Stage(stages, "County", "decision")));
            Assert.Equal((1L, 0L, 0L, 0m, 11.0m, 0L, 0L), Figures(Stage(stages, "County", "county-confirmation")));
            Assert.Equal("村（社区）公示", Stage(stages, "Township", "public-notice")["name"]!.GetValue<string>());
            Assert.Equal("县民政局确认、县民政局审批", Stage(stages, "County", "county-confirmation")["name"]!.GetValue<string>());

            var levels = report["stages"]!["officeLevels"]!.AsArray();
            Assert.Equal(["Township", "County"], levels.Select(l => l!["key"]!.GetValue<string>()));
            Assert.Equal(("乡镇（街道）", (10L, 9L, 1L, 0.9m, 1.9m, 3L, 3L)), (levels[0]!["name"]!.GetValue<string>(), Figures(levels[0]!)));
            Assert.Equal(("县级部门", (3L, 2L, 0L, 0.6667m, 5.0m, 0L, 0L)), (levels[1]!["name"]!.GetValue<string>(), Figures(levels[1]!)));

            // Scoped as the report: the prefecture (no other test files in 昭通市) sees the same; a neighbouring county nothing.
            var prefecture = await (await factory.StaffAsync($"sup-530600-{suffix}")).GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}");
            Assert.Equal(report["stages"]!.ToJsonString(), prefecture!["stages"]!.ToJsonString());
            var neighbour = await (await factory.StaffAsync($"sup-530621-{suffix}")).GetFromJsonAsync<JsonObject>($"/api/v1/reports/completion?{Period}");
            Assert.Empty(neighbour!["stages"]!["stages"]!.AsArray());
            Assert.Empty(neighbour["stages"]!["officeLevels"]!.AsArray());

            // The overdue list names the late stage, its office and its own due date.
            supervisor = await factory.StaffAsync($"sup-{suffix}");
            var overdue = (await supervisor.GetFromJsonAsync<JsonObject>("/api/v1/reports/overdue"))!["items"]!.AsArray();
            Assert.Equal([ids["R"], ids["L"], ids["V"]], overdue.Select(i => i!["id"]!.GetValue<string>()));
            Assert.Equal([3, 1, 1], overdue.Select(i => i!["workingDaysOverdue"]!.GetValue<int>()));
            Assert.Equal(("investigation", "入户调查", "Township", "凤凰街道", "2026-03-30", 13), StageOf(overdue[0]!["stage"]!));
            Assert.Empty(overdue[0]!["lateStages"]!.AsArray());
            Assert.Equal(("investigation", "入户调查", "Township", "旧圃镇", "2026-03-20", 19), StageOf(overdue[1]!["stage"]!));
            Assert.Equal(("acceptance", "乡镇（街道）受理", "Township", "旧圃镇", "2026-03-03", 1), StageOf(Assert.Single(overdue[1]!["lateStages"]!.AsArray())!));
            Assert.Equal(("acceptance", "乡镇（街道）受理", "Township", "旧圃镇", "2026-04-16", 1), StageOf(overdue[2]!["stage"]!));

            // The exports: a CSV of the stages, and the xlsx's 分阶段 sheet with the same figures.
            var csvBytes = await (await supervisor.GetAsync($"/api/v1/reports/completion/export?format=csv&part=stages&{Period}")).Content.ReadAsByteArrayAsync();
            var csv = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n").TakeWhile(l => !l.StartsWith('#')).Where(l => l.Length > 0).ToList();
            Assert.Equal("类别,代码,阶段,办理层级,完成数,按时完成数,其中退回,按时办结率,平均用时（工作日）,期末在办,期末逾期", csv[0]);
            Assert.Contains("阶段,acceptance,乡镇（街道）受理,乡镇（街道）,4,3,0,75%,0.8,1,1", csv);
            Assert.Contains("阶段,public-notice,村（社区）公示,乡镇（街道）,2,2,1,100%,4.0,0,0", csv);
            Assert.Contains("阶段,county-confirmation,县民政局确认、县民政局审批,县级部门,1,0,0,0%,11.0,0,0", csv);
            Assert.Contains("办理层级,Township,乡镇（街道）,乡镇（街道）,10,9,1,90%,1.9,3,3", csv);
            Assert.Contains("办理层级,County,县级部门,县级部门,3,2,0,66.67%,5.0,0,0", csv);
            Assert.Equal(stages.Count + levels.Count + 1, csv.Count);

            var xlsx = await (await supervisor.GetAsync($"/api/v1/reports/completion/export?format=xlsx&{Period}")).Content.ReadAsByteArrayAsync();
            using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
            var workbook = document.WorkbookPart!;
            Assert.Equal(["汇总", "分阶段", "明细", "说明"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
            var rows = SheetText(workbook, "分阶段");
            Assert.Equal(csv.Count, rows.Count);
            var township = rows.Single(r => r[0] == "办理层级" && r[1] == "Township");
            Assert.Equal(("乡镇（街道）", 10m, 9m, 1m, 0.9m, 1.9m, 3m, 3m), (township[2], Number(township[4]), Number(township[5]), Number(township[6]), Number(township[7]), Number(township[8]), Number(township[9]), Number(township[10])));
            var confirmation = rows.Single(r => r[1] == "county-confirmation");
            Assert.Equal((1m, 0m, 0m, 11m), (Number(confirmation[4]), Number(confirmation[5]), Number(confirmation[7]), Number(confirmation[8])));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    private static async Task InvestigateAsync(HttpClient township, string id, string on)
    {
        await Ok(township.PostAsJsonAsync($"/api/v1/applications/{id}/home-visits", new
        {
            visitedOn = on,
            visitors = new[] { "王五", "赵六" },
            householdSize = 3,
            membersUnableToWork = 1,
            monthlyIncomeYuan = 800m,
            housing = "土木结构，屋顶漏雨",
            findings = "丈夫去年病故，本人打零工",
        }));
        await Ok(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { note = "入户核实，情况属实" }));
    }

    private static Task RecommendAsync(HttpClient township, string id) =>
        Ok(township.PostAsJsonAsync($"/api/v1/applications/{id}/stage/complete", new { recommendApproval = true, proposedBenefit = "每月 600 元" }));

    private static JsonNode Stage(JsonArray stages, string office, string key) =>
        stages.Single(s => s!["office"]!.GetValue<string>() == office && s["key"]!.GetValue<string>() == key)!;

    private static (long, long, long, decimal?, decimal?, long, long) Figures(JsonNode row) => (
        row["finished"]!.GetValue<long>(), row["finishedOnTime"]!.GetValue<long>(), row["sentBack"]!.GetValue<long>(),
        row["onTimeRate"]?.GetValue<decimal>(), row["avgWorkingDays"]?.GetValue<decimal>(), row["open"]!.GetValue<long>(), row["overdue"]!.GetValue<long>());

    private static (string, string, string, string, string, int) StageOf(JsonNode stage) => (
        stage["key"]!.GetValue<string>(), stage["name"]!.GetValue<string>(), stage["office"]!.GetValue<string>(),
        stage["officeName"]!.GetValue<string>(), stage["dueDate"]!.GetValue<string>(), stage["workingDaysOverdue"]!.GetValue<int>());

    private static decimal Number(string cell) => decimal.Parse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A sheet's rows as the text of their cells (shared strings resolved, numbers as stored).</summary>
    private static List<string[]> SheetText(WorkbookPart workbook, string name)
    {
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
            cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
            : cell.CellValue?.Text ?? "").ToArray())];
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class SqliteStageReportTests(SqliteApiFactory factory) : StageReportTests<SqliteApiFactory>(factory), IClassFixture<SqliteApiFactory>;

public sealed class PostgresStageReportTests(PostgresApiFactory factory) : StageReportTests<PostgresApiFactory>(factory), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerStageReportTests(SqlServerApiFactory factory) : StageReportTests<SqlServerApiFactory>(factory), IClassFixture<SqlServerApiFactory>;
