using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Auth.VerifyOtp;

/// <summary>
/// Signs a resident in with a one-time code. Saved in steps: a wrong code must be counted and audited
/// even though the request fails, and a first sign-in's account is saved before the session that needs it.
/// </summary>
public sealed record VerifyOtpCommand(string Phone, string Code) : ICommand<SignInResult>, ISavesInSteps;
