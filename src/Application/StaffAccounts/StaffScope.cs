using FluentValidation;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.StaffAccounts;

/// <summary>A role with its department and region, as creating and re-scoping an account give them.</summary>
public interface IStaffScope
{
    string Role { get; }

    DepartmentCode? DepartmentCode { get; }

    RegionCode RegionCode { get; }
}

/// <summary>
/// A known role; a caseworker in a department of the catalog and a county or township; a supervisor in the province,
/// a prefecture or a county; an administrator in the province.
/// </summary>
internal sealed class StaffScopeValidator : AbstractValidator<IStaffScope>
{
    public StaffScopeValidator(ICatalog catalog, IRegionDirectory regions)
    {
        RuleFor(s => s.Role).Must(IsRole)
            .WithMessage(_ => Text.Pick("角色应为 Caseworker、Supervisor 或 Administrator。", "The role must be Caseworker, Supervisor or Administrator."));
        When(s => s.Role == nameof(Role.Caseworker), () =>
            RuleFor(s => s.DepartmentCode)
                .NotEmpty().WithMessage(_ => Text.Pick("经办人须属于一个部门。", "A caseworker needs a department."))
                .MustAsync(async (code, ct) => (await catalog.GetAsync(ct)).HasDepartment(code))
                .WithMessage(_ => Text.Pick("没有这个部门。", "There is no such department.")));
        When(s => IsRole(s.Role) && s.Role != nameof(Role.Caseworker), () =>
            RuleFor(s => s.DepartmentCode).Empty()
                .WithMessage(_ => Text.Pick("只有经办人属于部门。", "Only caseworkers belong to a department.")));
        RuleFor(s => s.RegionCode)
            .Must(code => regions.Find(code?.Value) is not null)
            .WithMessage(_ => Text.Pick("没有这个行政区划。", "There is no such administrative division."))
            .Must((s, code) => Fits(s.Role, regions.Find(code.Value)!.Level)).When(s => IsRole(s.Role) && regions.Find(s.RegionCode?.Value) is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Text.Pick(
                "经办人属于县（市、区）或乡镇（街道），督办员属于省、州（市）或县，管理员属于省。",
                "A caseworker belongs to a county or a township, a supervisor to the province, a prefecture or a county, an administrator to the province."));
    }

    public static bool IsRole(string? role) => role.TryParseRole(out var parsed) && parsed.IsStaff();

    private static bool Fits(string role, RegionLevel level) => Enum.Parse<Role>(role) switch
    {
        Role.Caseworker => level is RegionLevel.County or RegionLevel.Township,
        Role.Supervisor => level is RegionLevel.Province or RegionLevel.Prefecture or RegionLevel.County,
        _ => level == RegionLevel.Province,
    };
}
