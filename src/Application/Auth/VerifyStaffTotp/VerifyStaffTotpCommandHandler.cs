using MediatR;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;

namespace ReliefPlatform.Application.Auth.VerifyStaffTotp;

internal sealed class VerifyStaffTotpCommandHandler(IUnitOfWork unitOfWork, StaffSignIn signIn, ITotpSecretProtector protector, TimeProvider clock)
    : IRequestHandler<VerifyStaffTotpCommand, SignInResult>
{
    public Task<SignInResult> Handle(VerifyStaffTotpCommand request, CancellationToken cancellationToken) =>
        StaffSignIn.RetryOnConflictAsync(async () =>
        {
            var (session, user) = await signIn.CurrentAsync(cancellationToken);
            // A complete session has nothing to verify; saying so is not a reason to sign the caller out.
            if (session.Restriction != SessionRestriction.SecondFactor)
            {
                throw new ConflictException("no-code-awaited", Text.Pick("当前登录不需要动态验证码。", "This sign-in is not waiting for a TOTP code."));
            }

            if (user.IsDisabled || user.TotpSecret is null)
            {
                throw new UnauthorizedAccessException();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var check = user.UseTotpCode(protector.Unprotect(user.TotpSecret, user.Id), request.Code, now);
            if (!check.IsAccepted)
            {
                throw await signIn.CountFailureAsync(
                    user, check.IsReplay ? "replayed totp code" : "wrong totp code", new ValidationException("code", TotpRules.WrongCode(check)), cancellationToken);
            }

            session.Revoke(now, SessionEnd.StepCompleted);
            var result = signIn.Continue(user, codeVerified: true, "password and totp");
            await unitOfWork.SaveAsync(cancellationToken);
            return result;
        });
}
