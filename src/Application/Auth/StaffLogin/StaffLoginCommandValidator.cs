using FluentValidation;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth.StaffLogin;

internal sealed class StaffLoginCommandValidator : AbstractValidator<StaffLoginCommand>
{
    public StaffLoginCommandValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(StaffUser.UsernameMaxLength).WithMessage(_ => Text.Pick("请输入用户名。", "Enter your username."));
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256).WithMessage(_ => Text.Pick("请输入密码。", "Enter your password."));
    }
}
