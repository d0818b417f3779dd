using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Catalog;

namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>
/// The per-stage table of an export (sheet 分阶段, or the CSV of part=stages): the report's stage rows,
/// then its office-level rows, with the same figures as <see cref="StageReportDto"/> (docs/metrics.md, "Stages").
/// </summary>
internal static class StageExportTable
{
    public const string Name = "分阶段";

    private static readonly ReportColumn[] Columns =
    [
        new("类别", CellKind.Label, 10), new("代码", CellKind.Text, 20), new("阶段", CellKind.Label, 28), new("办理层级", CellKind.Label, 14),
        new("完成数", CellKind.Count, 10), new("按时完成数", CellKind.Count, 12), new("其中退回", CellKind.Count, 10),
        new("按时办结率", CellKind.Percent, 12), new("平均用时（工作日）", CellKind.Decimal1, 18),
        new("期末在办", CellKind.Count, 10), new("期末逾期", CellKind.Count, 10),
    ];

    public static int RowCount(StageReportDto stages) => stages.Stages.Count + stages.OfficeLevels.Count;

    public static ReportTable Of(StageReportDto stages) => new(Name, Columns, Rows(stages));

    private static async IAsyncEnumerable<object?[]> Rows(StageReportDto stages)
    {
        await Task.CompletedTask;
        foreach (var (kind, row) in stages.Stages.Select(r => ("阶段", r)).Concat(stages.OfficeLevels.Select(r => ("办理层级", r))))
        {
            yield return
            [
                kind, row.Key, row.Name, StageReportBuilder.LevelName(Enum.Parse<OfficeLevel>(row.Office)),
                row.Finished, row.FinishedOnTime, row.SentBack, row.OnTimeRate, row.AvgWorkingDays, row.Open, row.Overdue,
            ];
        }
    }
}
