using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth.VerifyOtp;

internal sealed class VerifyOtpCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, ISecretHasher hasher, ITokenIssuer tokens, SessionService sessions, SignInSettings settings,
    IPersonalDataIndex index, IAuditTrail audit, TimeProvider clock, Common.Telemetry.ReliefTelemetry telemetry)
    : IRequestHandler<VerifyOtpCommand, SignInResult>
{
    public const string SignInAudit = "auth.resident-sign-in";

    public async Task<SignInResult> Handle(VerifyOtpCommand request, CancellationToken cancellationToken)
    {
        var phone = MobileNumber.Parse(request.Phone);
        var now = clock.GetUtcNow().UtcDateTime;
        var phoneIndex = index.OfPhone(phone.Value);
        var latest = await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.PhoneIndex == phoneIndex)
            .OrderByDescending(c => c.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

        if (latest is null || !latest.IsUsable(now))
        {
            await audit.RecordNowAsync(new AuditEntry(SignInAudit, Outcome: AuditOutcome.Failure, Detail: "no usable code"), cancellationToken);
            telemetry.SignInFailed("resident");
            throw new ValidationException("code", Text.Pick("验证码已过期或已使用，请重新获取。", "The code has expired or was used; ask for a new one."));
        }

        var expected = Encoding.ASCII.GetBytes(latest.CodeHash);
        var actual = Encoding.ASCII.GetBytes(hasher.HashOneTimeCode(phone.Value, request.Code));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            await db.OneTimeCodes.Where(c => c.Id == latest.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken)
                ;
            await audit.RecordNowAsync(new AuditEntry(SignInAudit, Outcome: AuditOutcome.Failure, Detail: "wrong code"), cancellationToken);
            telemetry.SignInFailed("resident");
            throw new ValidationException("code", Text.Pick("验证码不正确。", "The code is not correct."));
        }

        // Conditional update: of two requests racing with the same code, exactly one consumes it.
        var consumed = await db.OneTimeCodes
            .Where(c => c.Id == latest.Id && c.ConsumedAt == null && c.FailedAttempts < OneTimeCode.MaxAttempts && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now), cancellationToken)
            ;
        if (consumed != 1)
        {
            await audit.RecordNowAsync(new AuditEntry(SignInAudit, Outcome: AuditOutcome.Failure, Detail: "code already used"), cancellationToken);
            telemetry.SignInFailed("resident");
            throw new ValidationException("code", Text.Pick("验证码已过期或已使用，请重新获取。", "The code has expired or was used; ask for a new one."));
        }

        var account = await FindOrCreateAccountAsync(phone, phoneIndex, now, cancellationToken);
        audit.Record(new AuditEntry(SignInAudit, AuditObjects.Resident, account.Id.ToString()) { ActorId = account.Id, ActorRole = Role.Resident });
        var token = tokens.Issue(sessions.Start(account.Id, Role.Resident, SessionRestriction.None, settings.ResidentSession), null, null);
        return new SignInResult(token.Value, token.ExpiresAt, nameof(Role.Resident), null, null);
    }

    private async Task<ResidentAccount> FindOrCreateAccountAsync(MobileNumber phone, string phoneIndex, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.Residents.FirstOrDefaultAsync(r => r.PhoneIndex == phoneIndex, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var account = new ResidentAccount(phone, phoneIndex, now);
        db.Residents.Add(account);
        try
        {
            await unitOfWork.SaveAsync(cancellationToken);
            return account;
        }
        catch (ConflictException ex) when (ex.Code == UnitOfWork.DuplicateCode)
        {
            // The same phone's first sign-in, with a newer code, created the account a moment ago.
            return await db.Residents.FirstAsync(r => r.PhoneIndex == phoneIndex, cancellationToken);
        }
    }
}
