using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Attachments;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Documents.DownloadDocument;

internal sealed class DownloadDocumentCommandHandler(IApplicationDbContext db, ICurrentUser user, IAttachmentStore store, IAuditTrail audit)
    : IRequestHandler<DownloadDocumentCommand, DocumentFile>
{
    public const string AuditAction = "document.downloaded";

    public async Task<DocumentFile> Handle(DownloadDocumentCommand request, CancellationToken cancellationToken)
    {
        var visible = db.Applications.AsNoTracking().VisibleTo(user).Where(a => a.Id == request.ApplicationId).Select(a => a.Id);
        var document = await db.DecisionDocuments.AsNoTracking()
            .Where(d => d.Id == request.DocumentId && visible.Contains(d.ApplicationId))
            .Select(d => new { d.Sha256, d.Title, d.TrackingNumber, d.Step })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

        // The store is addressed by the hash, so bytes that no longer hash to it were changed on disk.
        var content = await store.ReadAsync(document.Sha256, cancellationToken) ?? throw new NotFoundException();
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), document.Sha256, StringComparison.Ordinal))
        {
            throw new CryptographicException("A decision document does not match its hash.");
        }

        if (user.Role != Role.Resident)
        {
            audit.Record(new AuditEntry(AuditAction, AuditObjects.Application, request.ApplicationId.ToString(), Detail: $"document {request.DocumentId}"));
        }

        return new DocumentFile($"{document.TrackingNumber}-{document.Step:D2}-{document.Title}.pdf", content);
    }
}
