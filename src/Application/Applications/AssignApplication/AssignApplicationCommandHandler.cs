using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.AssignApplication;

internal sealed class AssignApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<AssignApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, AssignApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Only a colleague who could see the case in their own queue: same department and county, active.
        var colleague = await Db.StaffUsers
            .Where(s => s.Id == request.StaffId && s.Role == Role.Caseworker && !s.IsDisabled
                && s.DepartmentCode == application.DepartmentCode && s.RegionCode == application.CountyCode)
            .Select(s => new { s.DisplayName, s.Username })
            .FirstOrDefaultAsync(cancellationToken);
        if (colleague is null)
        {
            throw new ValidationException("staffId", Text.Pick("只能分派给本部门本县在岗的经办人。", "Assign only to an active caseworker of the department in this county."));
        }

        application.Assign(actor, nowUtc, request.StaffId, $"{colleague.DisplayName} ({colleague.Username})");
    }
}
