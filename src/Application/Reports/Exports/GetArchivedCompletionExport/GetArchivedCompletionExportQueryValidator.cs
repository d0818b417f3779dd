using FluentValidation;

namespace ReliefPlatform.Application.Reports.Exports.GetArchivedCompletionExport;

internal sealed class GetArchivedCompletionExportQueryValidator : AbstractValidator<GetArchivedCompletionExportQuery>
{
    public GetArchivedCompletionExportQueryValidator() => Include(new CompletionExportRequestValidator());
}
