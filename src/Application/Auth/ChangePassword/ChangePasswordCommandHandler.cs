using MediatR;
using ReliefPlatform.Application.Auth.Sessions;
using ReliefPlatform.Application.Common.Audit;
using ReliefPlatform.Application.Common.Exceptions;
using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Sessions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Application.Auth.ChangePassword;

internal sealed class ChangePasswordCommandHandler(
    IUnitOfWork unitOfWork, ISecretHasher hasher, SessionService sessions, StaffSignIn signIn, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, SignInResult>
{
    public Task<SignInResult> Handle(ChangePasswordCommand request, CancellationToken cancellationToken) =>
        StaffSignIn.RetryOnConflictAsync(async () =>
        {
            var (session, user) = await signIn.CurrentAsync(cancellationToken);
            if (!hasher.VerifyPassword(user.PasswordHash, request.CurrentPassword))
            {
                throw await signIn.CountFailureAsync(
                    user, "wrong current password", new ValidationException("currentPassword", Text.Pick("当前密码不正确。", "The current password is not correct.")), cancellationToken);
            }

            if (request.NewPassword == request.CurrentPassword)
            {
                throw new ValidationException("newPassword", Text.Pick("新密码不能与当前密码相同。", "The new password must differ from the current one."));
            }

            try
            {
                user.ChangePassword(request.NewPassword, hasher.HashPassword, clock.GetUtcNow().UtcDateTime);
            }
            catch (WeakPasswordException ex)
            {
                throw new ValidationException("newPassword", ex.Message);
            }

            audit.Record(StaffSignIn.Entry(user, "auth.password-changed", AuditOutcome.Success, session.Restriction == SessionRestriction.PasswordChange ? "one-time password replaced" : "changed"));
            await sessions.RevokeAllAsync(user.Id, SessionEnd.PasswordChanged, cancellationToken);
            var result = signIn.Continue(user, codeVerified: true, "password changed");
            await unitOfWork.SaveAsync(cancellationToken);
            return result;
        });
}
