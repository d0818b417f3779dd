using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RecordSupplement;

internal sealed class RecordSupplementCommandValidator : AbstractValidator<RecordSupplementCommand>
{
    public RecordSupplementCommandValidator()
    {
        RuleFor(c => c.Text)
            .NotEmpty().WithMessage(_ => Text.Pick("请写明收到了哪些材料、怎么收到的，申请人会看到这段文字。", "Say what arrived and how; the applicant will read it."))
            .MaximumLength(ReliefApplication.ReasonMaxLength).WithMessage(_ => Text.Pick("内容太长了。", "The text is too long."));
    }
}
