using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Attachments.OpenAttachment;

internal sealed class OpenAttachmentCommandHandler(IApplicationDbContext db, ICurrentUser user, IAttachmentStore store, IAuditTrail audit)
    : IRequestHandler<OpenAttachmentCommand, AttachmentContent>
{
    public const string AuditAction = "attachment.opened";

    public async Task<AttachmentContent> Handle(OpenAttachmentCommand request, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().VisibleTo(db, user)
            .FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException();
        var content = await store.ReadAsync(attachment.Sha256, cancellationToken) ?? throw new NotFoundException();
        if (user.Role != Role.Resident)
        {
            audit.Record(new AuditEntry(AuditAction, AuditObjects.Application, attachment.ApplicationId?.ToString(), Detail: $"attachment {attachment.Id}"));
        }

        return new AttachmentContent(attachment.ContentType, attachment.FileName, content);
    }
}
