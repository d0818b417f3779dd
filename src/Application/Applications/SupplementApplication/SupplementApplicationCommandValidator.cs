using FluentValidation;
using ReliefPlatform.Domain.Applications;

namespace ReliefPlatform.Application.Applications.SupplementApplication;

internal sealed class SupplementApplicationCommandValidator : AbstractValidator<SupplementApplicationCommand>
{
    public SupplementApplicationCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage(_ => Domain.Common.Text.Pick("请填写补充的情况。", "Write what you are adding."))
            .MaximumLength(ReliefApplication.ReasonMaxLength).WithMessage(_ => Domain.Common.Text.Pick("补充内容太长了。", "The text is too long."));
    }
}
