using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.StaffAccounts.CreateStaffUser;

internal sealed class CreateStaffUserCommandValidator : AbstractValidator<CreateStaffUserCommand>
{
    public CreateStaffUserCommandValidator(ICatalog catalog, IRegionDirectory regions)
    {
        RuleFor(c => c.Username)
            .Matches("^[a-z0-9][a-z0-9._-]{2,}$")
            .WithMessage(_ => Text.Pick("用户名由小写字母、数字和 . _ - 组成，至少 3 个字符。", "A username is at least 3 lowercase letters, digits, '.', '_' or '-'."))
            .MaximumLength(StaffUser.UsernameMaxLength)
            .WithMessage(_ => Text.Pick("用户名太长了。", "The username is too long."));
        RuleFor(c => c.DisplayName)
            .NotEmpty().WithMessage(_ => Text.Pick("请填写显示名称。", "Enter a display name."))
            .MaximumLength(StaffUser.DisplayNameMaxLength).WithMessage(_ => Text.Pick("显示名称太长了。", "The display name is too long."));
        Include(new StaffScopeValidator(catalog, regions));
    }
}
