using FluentValidation;

namespace ReliefPlatform.Application.Reports.Exports.ExportCompletionReport;

internal sealed class ExportCompletionReportCommandValidator : AbstractValidator<ExportCompletionReportCommand>
{
    public ExportCompletionReportCommandValidator() => Include(new CompletionExportRequestValidator());
}
