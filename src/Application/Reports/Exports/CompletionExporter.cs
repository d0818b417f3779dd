using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Reports;

namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>
/// Writes the completion report as a file: the summary (the report itself, the same figures as the API)
/// and the detail (every application behind them, no personal data), read in one consistent view of
/// the database, archived with its hashes on the <see cref="ReportExport"/> record.
/// </summary>
internal sealed class CompletionExporter(
    IApplicationDbContext db, CompletionReportBuilder builder, StageReportBuilder stageBuilder, ICatalog catalog, IRegionDirectory regions,
    IReportFileWriter writer, IExportStore store, IConsistentRead consistentRead, TimeProvider clock)
{
    private static readonly CultureInfo FileCulture = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly ReportColumn[] SummaryColumns =
    [
        new("分组代码", CellKind.Text, 12), new("名称", CellKind.Label, 24), new("收件数", CellKind.Count, 10),
        new("受理数", CellKind.Count, 10), new("办结数", CellKind.Count, 10), new("按时办结数", CellKind.Count, 12),
        new("其中延期后按时", CellKind.Count, 14), new("办结率", CellKind.Percent, 10), new("按时办结率", CellKind.Percent, 12),
        new("在办数", CellKind.Count, 10), new("逾期数", CellKind.Count, 10), new("平均办理用时（工作日）", CellKind.Decimal1, 20),
    ];

    private static readonly ReportColumn[] DetailColumns =
    [
        new("受理编号", CellKind.Text, 14), new("事项", CellKind.Label, 22), new("部门", CellKind.Label, 16),
        new("县（市、区）", CellKind.Label, 14), new("申请渠道", CellKind.Label, 10), new("状态", CellKind.Label, 16),
        new("提交时间", CellKind.DateTime, 18), new("受理时间", CellKind.DateTime, 18), new("办结时间", CellKind.DateTime, 18),
        new("办理截止日", CellKind.Date, 12), new("是否按时办结", CellKind.Label, 12), new("延期（工作日）", CellKind.Count, 12),
        new("补正暂停（工作日）", CellKind.Count, 16), new("办理用时（工作日）", CellKind.Count, 16),
        new("期末在办", CellKind.Label, 10), new("期末逾期", CellKind.Label, 10),
    ];

    /// <summary>Reads the data, writes and archives the file, and completes <paramref name="export"/> (not saved).</summary>
    public async Task GenerateAsync(ReportExport export, Func<long, Task>? rowsWritten, CancellationToken cancellationToken)
    {
        // A file is Chinese whoever asks (and the export job has no caller): the same parameters and
        // as-of time must give the same bytes, so the caller's language must not reach the names.
        var callerCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = FileCulture;
        try
        {
            await WriteAsync(export, rowsWritten, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = callerCulture;
        }
    }

    private async Task WriteAsync(ReportExport export, Func<long, Task>? rowsWritten, CancellationToken cancellationToken)
    {
        var parameters = CompletionExportParameters.Parse(export.Parameters);
        await using (await consistentRead.BeginAsync(cancellationToken))
        {
            var detailRows = parameters.HasDetail ? await DetailQuery(export.RegionCode, parameters).LongCountAsync(cancellationToken) : 0;
            export.Start(clock.GetUtcNow().UtcDateTime, detailRows);
            var asOf = export.AsOf!.Value;
            var report = await builder.BuildAsync(
                export.RegionCode, new GetCompletionReportQuery(parameters.From, parameters.To, parameters.GroupBy), asOf, cancellationToken);

            var stages = parameters.HasStages
                ? await stageBuilder.BuildAsync(export.RegionCode, parameters.From, parameters.To, asOf, cancellationToken)
                : null;

            var tables = new List<ReportTable>();
            if (parameters.HasSummary)
            {
                tables.Add(new ReportTable("汇总", SummaryColumns, SummaryRows(report)));
            }

            if (stages is not null)
            {
                tables.Add(StageExportTable.Of(stages));
            }

            if (parameters.HasDetail)
            {
                var lastDay = ChinaTime.DateOf(asOf) < parameters.To ? ChinaTime.DateOf(asOf) : parameters.To;
                tables.Add(new ReportTable("明细", DetailColumns, DetailRows(export.RegionCode, parameters, lastDay, cancellationToken)));
            }

            var file = new ReportFile(tables, Metadata(export, parameters, report, stages, detailRows), ChinaTime.ToChinaLocal(asOf));
            var scratch = store.CreateScratch(out var scratchName);
            try
            {
                string contentSha256;
                await using (scratch)
                {
                    contentSha256 = await writer.WriteAsync(export.Format, file, scratch, rowsWritten, cancellationToken);
                }

                var (fileName, size, sha256) = await store.ArchiveAsync(scratchName, Extension(export.Format), cancellationToken);
                export.Complete(fileName, size, sha256, contentSha256, clock.GetUtcNow().UtcDateTime);
            }
            catch
            {
                store.DeleteScratch(scratchName);
                throw;
            }
        }
    }

    /// <summary>How many detail rows an export of these parameters would have now (to choose request or background).</summary>
    public Task<long> CountDetailAsync(string region, CompletionExportParameters parameters, CancellationToken cancellationToken) =>
        parameters.HasDetail ? DetailQuery(region, parameters).LongCountAsync(cancellationToken) : Task.FromResult(0L);

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>
    /// The applications the period's figures are made of: filed before its end and not finished before
    /// its start (received, completed, or open during the period), the same set the daily figures count.
    /// </summary>
    private IQueryable<ReliefApplication> DetailQuery(string region, CompletionExportParameters parameters)
    {
        var prefix = RegionCode.SubtreePrefixOf(region);
        var startUtc = ChinaTime.StartOfDayUtc(parameters.From);
        var endUtc = ChinaTime.StartOfDayUtc(parameters.To.AddDays(1));
        return db.Applications.AsNoTracking()
            .Where(a => a.CountyCode.StartsWith(prefix) && a.SubmittedAt < endUtc && (a.CompletedAt == null || a.CompletedAt >= startUtc));
    }

    private static async IAsyncEnumerable<object?[]> SummaryRows(CompletionReportDto report)
    {
        await Task.CompletedTask;
        foreach (var row in report.Rows.Append(report.Total))
        {
            yield return
            [
                row.Key, row.Name, row.Received, row.Accepted, row.Completed, row.CompletedOnTime, row.CompletedOnTimeExtended,
                row.CompletionRate, row.OnTimeRate, row.Open, row.Overdue, row.AvgWorkingDays,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> DetailRows(
        string region, CompletionExportParameters parameters, DateOnly lastDay, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        var counties = new Dictionary<string, string>(StringComparer.Ordinal);
        var endUtc = ChinaTime.StartOfDayUtc(lastDay.AddDays(1));

        // Ordered by id (version 7: filing order), which walks the primary key instead of sorting.
        var rows = DetailQuery(region, parameters)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.TrackingNumber,
                a.ItemCode,
                a.DepartmentCode,
                a.CountyCode,
                a.Channel,
                a.Status,
                a.SubmittedAt,
                a.AcceptedAt,
                a.CompletedAt,
                a.DueDate,
                a.CompletedOnTime,
                a.ExtendedWorkingDays,
                a.PausedWorkingDays,
                a.WorkingDaysTaken,
            })
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(cancellationToken))
        {
            var openAtEnd = a.CompletedAt is null || a.CompletedAt >= endUtc;
            yield return
            [
                a.TrackingNumber,
                Lookup(items, a.ItemCode, code => snapshot.FindItem(code)?.Name),
                Lookup(departments, a.DepartmentCode, snapshot.DepartmentName),
                Lookup(counties, a.CountyCode, code => regions.Find(code)?.Name),
                ChannelName(a.Channel),
                StatusNames.Zh(a.Status),
                ChinaTime.ToChinaLocal(a.SubmittedAt),
                a.AcceptedAt is { } accepted ? ChinaTime.ToChinaLocal(accepted) : null,
                a.CompletedAt is { } completed ? ChinaTime.ToChinaLocal(completed) : null,
                a.DueDate,
                a.CompletedOnTime switch { true => "是", false => "否", null => null },
                (long)a.ExtendedWorkingDays,
                (long)a.PausedWorkingDays,
                a.WorkingDaysTaken is { } days ? (long)days : null,
                openAtEnd ? "是" : "否",
                openAtEnd && a.DueDate < lastDay ? "是" : "否",
            ];
        }
    }

    private List<KeyValuePair<string, string>> Metadata(ReportExport export, CompletionExportParameters parameters, CompletionReportDto report, StageReportDto? stages, long detailRows)
    {
        var asOf = ChinaTime.ToChinaOffset(export.AsOf!.Value);
        return
        [
            new("报表 Report", "办结情况 Completion report"),
            new("统计期间 Period", string.Create(CultureInfo.InvariantCulture, $"{parameters.From:yyyy-MM-dd} – {parameters.To:yyyy-MM-dd}")),
            new("分组方式 Group by", parameters.GroupBy),
            new("内容 Part", parameters.Part),
            new("区域 Region", $"{export.RegionCode} {regions.Find(export.RegionCode)?.Name}".TrimEnd()),
            new("数据时点 As of", asOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
            new("指标口径版本 Metrics version", $"{report.MetricsVersion} (docs/metrics.md)"),
            new("快照截至 Snapshot through", report.SnapshotThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"),
            new("汇总行数 Summary rows", parameters.HasSummary ? (report.Rows.Count + 1).ToString(CultureInfo.InvariantCulture) : "0"),
            new("分阶段行数 Stage rows", (stages is null ? 0 : StageExportTable.RowCount(stages)).ToString(CultureInfo.InvariantCulture)),
            new("明细行数 Detail rows", detailRows.ToString(CultureInfo.InvariantCulture)),
            new("个人信息 Personal data", "不含姓名、身份证号、手机号 / none: no names, ID or phone numbers"),
        ];
    }

    private static string Lookup(Dictionary<string, string> cache, string code, Func<string, string?> find)
    {
        if (!cache.TryGetValue(code, out var name))
        {
            cache[code] = name = find(code) ?? code;
        }

        return name;
    }

    private static string ChannelName(FilingChannel channel) => channel switch
    {
        FilingChannel.OnBehalf => "他人代举",
        FilingChannel.Official => "政府托举",
        _ => "群众举手",
    };
}
