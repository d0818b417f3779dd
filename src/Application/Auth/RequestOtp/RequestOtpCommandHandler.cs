using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Auth.RequestOtp;

internal sealed class RequestOtpCommandHandler(IApplicationDbContext db, ISecretHasher hasher, ISmsSender sms, IPersonalDataIndex index, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestOtpCommand, RequestOtpResult>
{
    public const string CodeAudit = "auth.code-sent";

    internal static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);
    internal const int MaxPerHour = 5;

    public async Task<RequestOtpResult> Handle(RequestOtpCommand request, CancellationToken cancellationToken)
    {
        var phone = MobileNumber.Parse(request.Phone);
        var now = clock.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var phoneIndex = index.OfPhone(phone.Value);
        var recent = await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.PhoneIndex == phoneIndex && c.CreatedAt > hourAgo)
            .Select(c => c.CreatedAt)
            .ToListAsync(cancellationToken)
            ;

        if (recent.Count > 0 && recent.Max() + ResendInterval > now)
        {
            await audit.RecordNowAsync(new AuditEntry(CodeAudit, Outcome: AuditOutcome.Denied, Detail: "resend interval"), cancellationToken);
            throw new TooManyRequestsException(recent.Max() + ResendInterval - now, Text.Pick("验证码已发送，请稍后再试。", "A code was just sent; please wait before asking again."));
        }

        if (recent.Count >= MaxPerHour)
        {
            await audit.RecordNowAsync(new AuditEntry(CodeAudit, Outcome: AuditOutcome.Denied, Detail: "hourly limit"), cancellationToken);
            throw new TooManyRequestsException(recent.Min().AddHours(1) - now, Text.Pick("验证码请求次数过多，请一小时后再试。", "Too many codes requested; try again within the hour."));
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var otp = new OneTimeCode(phoneIndex, hasher.HashOneTimeCode(phone.Value, code), now);
        db.OneTimeCodes.Add(otp);
        audit.Record(new AuditEntry(CodeAudit));
        // Sent at once, not through the outbox: the resident is waiting for it.
        await sms.SendAsync(new SmsMessage(Guid.CreateVersion7(), phone.Value, $"【云南政府救助平台】您的验证码是{code}，5分钟内有效。请勿告诉他人。"), cancellationToken);
        return new RequestOtpResult(ChinaTime.ToChinaOffset(otp.ExpiresAt), (int)ResendInterval.TotalSeconds);
    }
}
