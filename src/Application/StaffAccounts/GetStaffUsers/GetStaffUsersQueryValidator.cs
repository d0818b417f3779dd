using FluentValidation;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.GetStaffUsers;

internal sealed class GetStaffUsersQueryValidator : AbstractValidator<GetStaffUsersQuery>
{
    public const int MaxPageSize = 100;

    public GetStaffUsersQueryValidator()
    {
        RuleFor(q => q.Role).Must(StaffScopeValidator.IsRole).When(q => q.Role is not null)
            .WithMessage(_ => Text.Pick("角色应为 Caseworker、Supervisor 或 Administrator。", "The role must be Caseworker, Supervisor or Administrator."));
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1)
            .WithMessage(_ => Text.Pick("页码从 1 开始。", "Pages start at 1."));
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage(_ => Text.Pick($"每页 1 到 {MaxPageSize} 条。", $"pageSize must be between 1 and {MaxPageSize}."));
    }
}
