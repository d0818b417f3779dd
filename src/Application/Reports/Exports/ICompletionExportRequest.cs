using FluentValidation;
using ReliefPlatform.Application.Reports.GetCompletionReport;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Reports.Exports;

/// <summary>What a completion export is asked for with, whether a new file or an archived one.</summary>
public interface ICompletionExportRequest : IReportPeriod
{
    string Format { get; }

    string? Part { get; }
}

internal sealed class CompletionExportRequestValidator : AbstractValidator<ICompletionExportRequest>
{
    public CompletionExportRequestValidator()
    {
        RuleFor(q => q.Format).Must(f => f is "xlsx" or "csv")
            .WithMessage(_ => Text.Pick("导出格式应为 xlsx 或 csv。", "format must be xlsx or csv."));
        RuleFor(q => q.Part).Must(p => p is null || CompletionExportParameters.Parts.Contains(p))
            .WithMessage(_ => Text.Pick("导出内容应为 summary、detail、stages 或 all。", "part must be summary, detail, stages or all."));
        RuleFor(q => q.Part).Must(p => p != CompletionExportParameters.All).When(q => q.Format == "csv")
            .WithMessage(_ => Text.Pick("CSV 文件一次只能导出汇总（summary）、明细（detail）或分阶段（stages）之一。", "A CSV file holds one of the summary, the detail or the stages."));
        Include(new ReportPeriodValidator());
    }
}
