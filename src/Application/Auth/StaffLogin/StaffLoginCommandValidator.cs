using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth.StaffLogin;

internal sealed class StaffLoginCommandValidator : AbstractValidator<StaffLoginCommand>
{
    public StaffLoginCommandValidator()
    {
        RuleFor(c => c.Username)
            .NotEmpty().WithMessage(_ => Text.Pick("请输入用户名。", "Enter your username."))
            .MaximumLength(StaffUser.UsernameMaxLength).WithMessage(_ => Text.Pick("用户名太长了。", "The username is too long."));
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage(_ => Text.Pick("请输入密码。", "Enter your password."))
            .MaximumLength(PasswordPolicy.MaxLength * 2).WithMessage(_ => Text.Pick("密码太长了。", "The password is too long."));
    }
}
