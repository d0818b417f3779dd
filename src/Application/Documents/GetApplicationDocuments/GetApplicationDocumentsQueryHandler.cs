using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Documents.GetApplicationDocuments;

internal sealed class GetApplicationDocumentsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<GetApplicationDocumentsQuery, IReadOnlyList<DecisionDocumentDto>>
{
    public async Task<IReadOnlyList<DecisionDocumentDto>> Handle(GetApplicationDocumentsQuery request, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AsNoTracking().VisibleTo(user).AnyAsync(a => a.Id == request.ApplicationId, cancellationToken))
        {
            throw new NotFoundException();
        }

        var documents = await db.DecisionDocuments.AsNoTracking()
            .Where(d => d.ApplicationId == request.ApplicationId)
            .OrderBy(d => d.Step)
            .Select(d => new { d.Id, d.Kind, d.Title, d.IssuingOffice, d.IssuedOn, d.Sha256, d.SizeBytes, d.VerificationCode })
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => new DecisionDocumentDto(
            d.Id, d.Kind, d.Title, d.IssuingOffice, d.IssuedOn, d.Sha256, d.SizeBytes, d.VerificationCode,
            DocumentRoutes.Download(request.ApplicationId, d.Id), DocumentRoutes.Verification(d.VerificationCode)))];
    }
}
