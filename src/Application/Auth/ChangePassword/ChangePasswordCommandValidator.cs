using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth.ChangePassword;

internal sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword)
            .NotEmpty().WithMessage(_ => Text.Pick("请输入当前密码。", "Enter your current password."))
            .MaximumLength(PasswordPolicy.MaxLength * 2).WithMessage(_ => Text.Pick("密码太长了。", "The password is too long."));
        RuleFor(c => c.NewPassword)
            .NotEmpty().WithMessage(_ => Text.Pick("请输入新密码。", "Enter a new password."))
            .MaximumLength(PasswordPolicy.MaxLength).WithMessage(_ => PasswordPolicy.ProblemWith(new string('x', PasswordPolicy.MaxLength + 1), "")!);
    }
}
