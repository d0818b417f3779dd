using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Applications.GetApplicationDetails;

internal sealed class GetApplicationDetailsQueryHandler(IApplicationDbContext db, ICurrentUser user, ApplicationDetailsMapper mapper)
    : IRequestHandler<GetApplicationDetailsQuery, ApplicationDetailsDto>
{
    public async Task<ApplicationDetailsDto> Handle(GetApplicationDetailsQuery request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .VisibleTo(user)
            .Include(a => a.History)
            .Include(a => a.SupervisionNotes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)

            ?? throw new NotFoundException();
        return await mapper.ToDtoAsync(application, cancellationToken);
    }
}
