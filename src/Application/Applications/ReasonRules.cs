using FluentValidation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications;

internal static class ReasonRules
{
    /// <summary>A reason the resident will read: required, and within the stored length.</summary>
    public static IRuleBuilderOptions<T, string> Reason<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => Text.Pick("请填写理由，申请人会看到这段文字。", "Give a reason; the applicant will read it."))
            .MaximumLength(ReliefApplication.ReasonMaxLength - 40)
            .WithMessage(_ => Text.Pick("理由太长了。", "The reason is too long."));
}
