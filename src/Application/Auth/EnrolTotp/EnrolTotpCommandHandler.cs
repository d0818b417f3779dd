using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth.EnrolTotp;

internal sealed class EnrolTotpCommandHandler(IApplicationDbContext db, ICurrentUser caller, ITotpSecretProtector protector, IAuditTrail audit)
    : IRequestHandler<EnrolTotpCommand, TotpEnrolmentDto>
{
    /// <summary>The name authenticator apps show above the code.</summary>
    public const string Issuer = "政府救助平台";

    public async Task<TotpEnrolmentDto> Handle(EnrolTotpCommand request, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.FirstAsync(u => u.Id == caller.RequiredId(), cancellationToken);
        var secret = Totp.NewSecret();
        user.StartTotpEnrolment(protector.Protect(secret, user.Id));
        audit.Record(StaffSignIn.Entry(user, "auth.totp-enrolment-started", AuditOutcome.Success, "secret issued"));

        var base32 = Base32.Encode(secret);
        var label = $"{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Username)}";
        var uri = $"otpauth://totp/{label}?secret={base32}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits={Totp.Digits}&period={Totp.StepSeconds}";
        return new TotpEnrolmentDto(base32, uri, "SHA1", Totp.Digits, Totp.StepSeconds);
    }
}
