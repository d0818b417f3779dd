using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.RevealApplicant;

internal sealed class RevealApplicantCommandValidator : AbstractValidator<RevealApplicantCommand>
{
    public const int ReasonMaxLength = 200;

    public RevealApplicantCommandValidator() =>
        RuleFor(c => c.Reason).MaximumLength(ReasonMaxLength)
            .WithMessage(_ => Text.Pick($"查看原因不能超过 {ReasonMaxLength} 个字。", $"The reason can be at most {ReasonMaxLength} characters."));
}
