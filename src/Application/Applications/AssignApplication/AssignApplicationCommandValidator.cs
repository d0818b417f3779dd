using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.AssignApplication;

internal sealed class AssignApplicationCommandValidator : AbstractValidator<AssignApplicationCommand>
{
    public AssignApplicationCommandValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage(_ => Text.Pick("请指明要分派的申请。", "Say which application to assign."));
        RuleFor(c => c.StaffId).NotEmpty().WithMessage(_ => Text.Pick("请选择经办人。", "Choose the caseworker."));
        RuleFor(c => c.ExpectedVersion).NotEqual(Guid.Empty).WithMessage(_ => Text.Pick("版本号无效。", "The expected version is not valid."));
    }
}
