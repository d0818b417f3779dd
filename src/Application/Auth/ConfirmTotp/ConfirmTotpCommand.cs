using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Auth.ConfirmTotp;

/// <summary>
/// Switches TOTP on with a first code from the app. Every session of the account gives way to a new one
/// made with both factors, whose token is the answer. Saved in steps: a locked account's refusal and a
/// wrong code are audited although the request fails.
/// </summary>
[Authorize(Role.Caseworker, Role.Supervisor, Role.Administrator)]
public sealed record ConfirmTotpCommand(string Code) : ICommand<SignInResult>, ISavesInSteps;
