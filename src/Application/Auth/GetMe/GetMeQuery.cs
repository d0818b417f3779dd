using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.GetMe;

/// <summary>Who the signed-in member of staff is: what the console shows in its top bar and which menus it offers.</summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record GetMeQuery : IQuery<StaffProfileDto>;

public sealed record StaffProfileDto(
    Guid Id, string Username, string DisplayName, string Role, string? DepartmentCode, string? DepartmentName, string RegionCode, string? RegionName, bool TotpEnabled);

internal sealed class GetMeQueryHandler(IApplicationDbContext db, ICurrentUser user, ICatalog catalog, IRegionDirectory regions) : IRequestHandler<GetMeQuery, StaffProfileDto>
{
    public async Task<StaffProfileDto> Handle(GetMeQuery request, CancellationToken cancellationToken)
    {
        var id = user.RequiredId();
        var staff = await db.StaffUsers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var snapshot = await catalog.GetAsync(cancellationToken);
        var department = staff.DepartmentCode is null ? null : snapshot.Departments.FirstOrDefault(d => d.Code == staff.DepartmentCode);
        return new StaffProfileDto(
            staff.Id, staff.Username, staff.DisplayName, staff.Role.ToString(), staff.DepartmentCode,
            department is null ? null : Domain.Common.Text.Pick(department.Name, department.NameEn),
            staff.RegionCode, regions.Find(staff.RegionCode)?.Name, staff.HasTotp);
    }
}
