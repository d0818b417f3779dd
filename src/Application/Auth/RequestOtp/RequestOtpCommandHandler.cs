using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Applications;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Auth.RequestOtp;

internal sealed class RequestOtpCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, ISecretHasher hasher, ISmsSender sms, IPersonalDataIndex index, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestOtpCommand, RequestOtpResult>
{
    public const string CodeAudit = "auth.code-sent";

    internal static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);
    internal const int MaxPerHour = 5;

    public async Task<RequestOtpResult> Handle(RequestOtpCommand request, CancellationToken cancellationToken)
    {
        var phone = MobileNumber.Parse(request.Phone);
        var phoneIndex = index.OfPhone(phone.Value);
        var latest = await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.PhoneIndex == phoneIndex)
            .OrderByDescending(c => c.Sequence)
            .Take(MaxPerHour)
            .Select(c => new { c.Sequence, c.CreatedAt })
            .ToListAsync(cancellationToken);

        // Read after the codes, which may include one made while this request waited for a connection.
        var now = clock.GetUtcNow().UtcDateTime;

        if (latest.Count > 0 && latest[0].CreatedAt + ResendInterval > now)
        {
            await audit.RecordNowAsync(new AuditEntry(CodeAudit, Outcome: AuditOutcome.Denied, Detail: "resend interval"), cancellationToken);
            throw JustSent(latest[0].CreatedAt + ResendInterval - now);
        }

        if (latest.Count == MaxPerHour && latest[^1].CreatedAt > now.AddHours(-1))
        {
            await audit.RecordNowAsync(new AuditEntry(CodeAudit, Outcome: AuditOutcome.Denied, Detail: "hourly limit"), cancellationToken);
            throw new TooManyRequestsException(latest[^1].CreatedAt.AddHours(1) - now, Text.Pick("验证码请求次数过多，请一小时后再试。", "Too many codes requested; try again within the hour."));
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var otp = new OneTimeCode(phoneIndex, latest.Count > 0 ? latest[0].Sequence + 1 : 1, hasher.HashOneTimeCode(phone.Value, code), now);
        db.OneTimeCodes.Add(otp);
        audit.Record(new AuditEntry(CodeAudit));

        // Stored before it is sent: of concurrent requests for one phone, which all read the same latest
        // code, the unique (phone, sequence) lets exactly one through to the gateway; the rest answer 429.
        try
        {
            await unitOfWork.SaveAsync(cancellationToken);
        }
        catch (ConflictException ex) when (ex.Code == UnitOfWork.DuplicateCode)
        {
            await audit.RecordNowAsync(new AuditEntry(CodeAudit, Outcome: AuditOutcome.Denied, Detail: "concurrent request"), cancellationToken);
            throw JustSent(ResendInterval);
        }

        try
        {
            // Sent at once, not through the outbox: the resident is waiting for it.
            await sms.SendAsync(new SmsMessage(Guid.CreateVersion7(), phone.Value, ApplicantSms.SignInCode(code)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not sent, so not counted against the phone's limits: the resident may ask again at once.
            await db.OneTimeCodes.Where(c => c.Id == otp.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        return new RequestOtpResult(ChinaTime.ToChinaOffset(otp.ExpiresAt), (int)ResendInterval.TotalSeconds);
    }

    private static TooManyRequestsException JustSent(TimeSpan retryAfter) =>
        new(retryAfter, Text.Pick("验证码已发送，请稍后再试。", "A code was just sent; please wait before asking again."));
}
