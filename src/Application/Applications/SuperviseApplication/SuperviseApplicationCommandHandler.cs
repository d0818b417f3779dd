using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Regions;

namespace ReliefPlatform.Application.Applications.SuperviseApplication;

internal sealed class SuperviseApplicationCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IWorkingCalendarProvider calendars)
    : ApplicationActionHandler<SuperviseApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, SuperviseApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var supervisor = await Db.StaffUsers.AsNoTracking().Where(s => s.Id == actor.Id).Select(s => new { s.Username, s.RegionCode }).FirstAsync(cancellationToken);
        application.Supervise(actor, supervisor.Username, RegionCode.Parse(supervisor.RegionCode), nowUtc, await calendars.GetAsync(cancellationToken), request.Note, request.Deadline!.Value);
    }
}
