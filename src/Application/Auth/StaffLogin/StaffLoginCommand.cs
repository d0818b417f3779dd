using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Auth.StaffLogin;

/// <summary>
/// The first step of a staff sign-in: the password. Saved in steps: a wrong password must be counted
/// toward the lockout although the request fails. The answer's <c>nextStep</c> says what the account
/// still owes (ADR 0013).
/// </summary>
public sealed record StaffLoginCommand(string Username, string Password) : ICommand<SignInResult>, ISavesInSteps;
