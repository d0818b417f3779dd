using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.BulkAcceptApplications;

internal sealed class BulkAcceptApplicationsCommandValidator : AbstractValidator<BulkAcceptApplicationsCommand>
{
    public const int MaxIds = 100;

    public BulkAcceptApplicationsCommandValidator()
    {
        RuleFor(c => c.Ids).NotEmpty().WithMessage(_ => Text.Pick("请至少选择一份申请。", "Choose at least one application."))
            .MaxItems(MaxIds).WithMessage(_ => Text.Pick($"一次最多受理 {MaxIds} 份申请。", $"Accept at most {MaxIds} applications at once."))
            .Must(ids => ids is null || ids.All(id => id != Guid.Empty)).WithMessage(_ => Text.Pick("申请编号无效。", "An application id is not valid."));
    }
}
