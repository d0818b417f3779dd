using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.ChangePassword;

/// <summary>
/// A signed-in member of staff replaces their password, giving the current one (a wrong one counts toward
/// the lockout, hence saved in steps). Every session of the account ends; the answer is a new one.
/// </summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<SignInResult>, ISavesInSteps;
