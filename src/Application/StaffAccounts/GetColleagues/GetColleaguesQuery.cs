using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.StaffAccounts.GetColleagues;

/// <summary>The caseworkers a caseworker can assign to: active accounts of the same department and county.</summary>
[Authorize(Role.Caseworker)]
public sealed record GetColleaguesQuery : IQuery<IReadOnlyList<ColleagueDto>>;

public sealed record ColleagueDto(Guid Id, string Username, string DisplayName);

internal sealed class GetColleaguesQueryHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetColleaguesQuery, IReadOnlyList<ColleagueDto>>
{
    public async Task<IReadOnlyList<ColleagueDto>> Handle(GetColleaguesQuery request, CancellationToken cancellationToken)
    {
        var department = user.DepartmentCode;
        var county = user.RegionCode;
        return await db.StaffUsers.AsNoTracking()
            .Where(s => s.Role == Role.Caseworker && !s.IsDisabled && s.DepartmentCode == department && s.RegionCode == county)
            .OrderBy(s => s.Username)
            .Select(s => new ColleagueDto(s.Id, s.Username, s.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
