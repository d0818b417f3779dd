using MediatR;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Audit.VerifyAuditTrail;

[Authorize(Role.Administrator)]
public sealed record VerifyAuditTrailQuery : IQuery<AuditVerification>;

internal sealed class VerifyAuditTrailQueryHandler(IAuditVerifier verifier) : IRequestHandler<VerifyAuditTrailQuery, AuditVerification>
{
    public Task<AuditVerification> Handle(VerifyAuditTrailQuery request, CancellationToken cancellationToken) =>
        verifier.VerifyAsync(cancellationToken);
}
