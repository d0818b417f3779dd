using FluentValidation;
using ReliefPlatform.Application.Common.Validation;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Residents.VerifyIdentity;

internal sealed class VerifyIdentityCommandValidator : AbstractValidator<VerifyIdentityCommand>
{
    public const int ProviderTokenMaxLength = 512;

    public VerifyIdentityCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage(_ => Text.Pick("请填写姓名。", "Enter your name."))
            .MaximumLength(Applicant.NameMaxLength).WithMessage(_ => Text.Pick($"姓名不能超过{Applicant.NameMaxLength}个字。", $"The name must be at most {Applicant.NameMaxLength} characters."));
        RuleFor(c => c.IdNumber).Custom((value, context) =>
        {
            if (IdNumberRules.Problem(value, ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime)) is { } problem)
            {
                context.AddFailure("idNumber", problem);
            }
        });
        RuleFor(c => c.ProviderToken).MaximumLength(ProviderTokenMaxLength);
    }
}
