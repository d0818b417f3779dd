using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.VerifyStaffTotp;

/// <summary>
/// The second step of a staff sign-in: the TOTP code, sent with the token the password step gave.
/// Saved in steps, for the same reason as the password step: a wrong code counts toward the lockout.
/// </summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record VerifyStaffTotpCommand(string Code) : ICommand<SignInResult>, ISavesInSteps;
