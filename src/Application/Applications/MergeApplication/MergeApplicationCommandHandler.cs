using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Applications.MergeApplication;

internal sealed class MergeApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ApplicationActionHandler<MergeApplicationCommand>(db, user, clock)
{
    protected override async Task ApplyAsync(ReliefApplication application, MergeApplicationCommand request, Actor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // The case it goes into must be one this caseworker could work: merging hands the person's matter to it.
        var firstId = application.DuplicateOfId;
        var first = firstId is null ? null : await Db.Applications.ActionableBy(User).FirstOrDefaultAsync(a => a.Id == firstId, cancellationToken);
        if (first is null && application.DuplicateOfId is not null)
        {
            throw new ConflictException(
                "merge-target-unavailable",
                Text.Pick("关联的申请不在您的办理范围内，不能并案；请按不予受理处理并说明理由。", "The linked application is outside your queue: it cannot be merged; refuse this one with a reason instead."));
        }

        application.MergeInto(first ?? application, actor, nowUtc);
    }
}
