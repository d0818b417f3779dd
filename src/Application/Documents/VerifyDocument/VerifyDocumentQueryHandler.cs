using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;

namespace ReliefPlatform.Application.Documents.VerifyDocument;

internal sealed class VerifyDocumentQueryHandler(IApplicationDbContext db, IDocumentSigner signer)
    : IRequestHandler<VerifyDocumentQuery, DocumentVerificationDto>
{
    public async Task<DocumentVerificationDto> Handle(VerifyDocumentQuery request, CancellationToken cancellationToken)
    {
        var uploaded = request.Content is { Length: > 0 } content ? Convert.ToHexStringLower(SHA256.HashData(content)) : null;
        var documents = db.DecisionDocuments.AsNoTracking();
        var document = request.Code is { } code
            ? await documents.FirstOrDefaultAsync(d => d.VerificationCode == code, cancellationToken)
            : await documents.FirstOrDefaultAsync(d => d.Sha256 == uploaded, cancellationToken);

        if (document is null)
        {
            // A page for a code that was never issued is a 404; a file nobody issued is an answer.
            return uploaded is null
                ? throw new NotFoundException()
                : new(VerificationOutcome.Unknown, false, "未找到与该文件一致的平台文书：此文件不是平台出具的文书，或已被改动。", uploaded, null);
        }

        var facts = new VerifiedDocumentDto(
            document.VerificationCode, document.Kind, document.Title, document.TrackingNumber, document.MaskedName, document.IssuingOffice,
            document.IssuedOn, document.Sha256, document.SigningKeyId);
        if (!signer.Verify(Convert.FromHexString(document.Sha256), document.Signature, document.SigningKeyId))
        {
            return new(VerificationOutcome.SignatureInvalid, false, "该文书的平台签名核验未通过，请联系出具机关核实。", uploaded, facts);
        }

        if (uploaded is null)
        {
            return new(VerificationOutcome.Registered, false, "平台出具过这份文书，签名有效。请上传您手中的 PDF 文件，核对其是否完整、未被改动。", null, facts);
        }

        return uploaded == document.Sha256
            ? new(VerificationOutcome.Genuine, true, "核验通过：此文件是平台出具的原件，内容未被改动，平台签名有效。", uploaded, facts)
            : new(VerificationOutcome.Altered, false, "核验未通过：此文件与平台出具的文书不一致，可能已被改动。", uploaded, facts);
    }
}
