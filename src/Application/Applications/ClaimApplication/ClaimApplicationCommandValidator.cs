using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.ClaimApplication;

internal sealed class ClaimApplicationCommandValidator : AbstractValidator<ClaimApplicationCommand>
{
    public ClaimApplicationCommandValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage(_ => Text.Pick("请指明要认领的申请。", "Say which application to claim."));
        RuleFor(c => c.ExpectedVersion).NotEqual(Guid.Empty).WithMessage(_ => Text.Pick("版本号无效。", "The expected version is not valid."));
    }
}
