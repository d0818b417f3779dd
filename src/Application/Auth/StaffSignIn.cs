using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth;

/// <summary>
/// What every step of a staff sign-in shares (ADR 0013): wrong passwords and codes counted toward the
/// lockout and saved at once (so every step is an <c>ISavesInSteps</c> command, ADR 0026), a locked
/// account refused with the time it opens again, and the session for whatever the account still owes
/// (TOTP code, new password, TOTP enrolment), full when it owes nothing.
/// </summary>
internal sealed class StaffSignIn(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IAuditTrail audit, SessionService sessions, ITokenIssuer tokens, SignInSettings settings, TimeProvider clock,
    Common.Telemetry.ReliefTelemetry telemetry)
{
    public const string LoginAudit = "auth.staff-login";
    public const string LockedAudit = "auth.staff-locked";
    private const int MaxTries = 3;

    /// <summary>
    /// Runs a step that saves on the account, again from a fresh read when a concurrent sign-in changed
    /// the account first: two wrong passwords at once both count, and one code signs in once.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> step)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await step();
            }
            catch (ConflictException ex) when (ex.Code == ConcurrencyConflict.Code)
            {
                if (tries == MaxTries)
                {
                    throw new ConflictException(
                        "concurrent-sign-in", Text.Pick("此账号正在别处同时登录，请稍后再试。", "This account is signing in elsewhere at the same moment; try again."), ex);
                }
            }
        }
    }

    /// <summary>The caller's session and staff account, tracked, for a step taken within a session; a locked account is refused.</summary>
    public async Task<(UserSession Session, StaffUser User)> CurrentAsync(CancellationToken cancellationToken)
    {
        var session = await sessions.CurrentAsync(cancellationToken);
        var user = await db.StaffUsers.FirstAsync(u => u.Id == session.SubjectId, cancellationToken);
        if (user.IsLockedAt(clock.GetUtcNow().UtcDateTime))
        {
            throw await RefuseLockedAsync(user, cancellationToken);
        }

        return (session, user);
    }

    /// <summary>Refuses a try on a locked account, without counting it, and saves its audit record.</summary>
    public async Task<SignInRefusedException> RefuseLockedAsync(StaffUser user, CancellationToken cancellationToken)
    {
        audit.Record(Entry(user, LoginAudit, AuditOutcome.Denied, "account locked"));
        await unitOfWork.SaveAsync(cancellationToken);
        return Locked(user);
    }

    /// <summary>
    /// Counts a wrong password or code and saves it at once, because the request then fails. Returns what
    /// to throw: the lockout when this failure locked the account, else <paramref name="refusal"/>.
    /// </summary>
    public async Task<Exception> CountFailureAsync(StaffUser user, string detail, Exception refusal, CancellationToken cancellationToken)
    {
        var locked = user.RecordFailedSignIn(clock.GetUtcNow().UtcDateTime, settings.Lockout);
        audit.Record(Entry(user, LoginAudit, AuditOutcome.Failure, detail));
        if (locked)
        {
            audit.Record(Entry(
                user, LockedAudit, AuditOutcome.Denied,
                string.Create(CultureInfo.InvariantCulture, $"{settings.Lockout.MaxFailedAttempts} failures in a row; locked until {user.LockedUntil:O}")));
        }

        await unitOfWork.SaveAsync(cancellationToken);
        telemetry.SignInFailed("staff");
        if (locked)
        {
            telemetry.LockedOut();
        }

        return locked ? Locked(user) : refusal;
    }

    /// <summary>
    /// Starts the session for what <paramref name="user"/> still owes, in the unit of work, and answers
    /// with its token. Owing nothing is a complete sign-in: audited as such, and the failure count resets.
    /// </summary>
    public SignInResult Continue(StaffUser user, bool codeVerified, string how)
    {
        var next = user.OutstandingSignInStep(codeVerified);
        if (next == SessionRestriction.None)
        {
            user.RecordSignIn();
            audit.Record(Entry(user, LoginAudit, AuditOutcome.Success, how));
        }

        var session = sessions.Start(user.Id, user.Role, next, settings.StaffSessionFor(next));
        var token = tokens.Issue(session, user.DepartmentCode, user.RegionCode);
        return new SignInResult(token.Value, token.ExpiresAt, user.Role.ToString(), user.DepartmentCode, user.RegionCode, NextStepName(next));
    }

    public static AuditEntry Entry(StaffUser user, string action, AuditOutcome outcome, string detail) =>
        new(action, AuditObjects.StaffUser, user.Id.ToString(), outcome, detail) { ActorId = user.Id, ActorRole = user.Role };

    private static string? NextStepName(SessionRestriction next) => next switch
    {
        SessionRestriction.SecondFactor => "totp",
        SessionRestriction.PasswordChange => "password-change",
        SessionRestriction.TotpEnrolment => "totp-enrolment",
        _ => null,
    };

    private static SignInRefusedException Locked(StaffUser user)
    {
        var until = ChinaTime.ToChinaOffset(user.LockedUntil!.Value);
        var at = until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new SignInRefusedException(
            "account-locked",
            Text.Pick(
                $"密码或动态验证码连续输错，账号已被锁定，请于 {at}（北京时间）后再试，或联系管理员解锁。",
                $"Too many wrong passwords or codes in a row: the account is locked until {at} (China time), or until an administrator unlocks it."),
            until);
    }
}
