using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Auth.RequestOtp;

/// <summary>
/// Sends a six-digit sign-in code by SMS. Saved in steps: the code is stored before it is sent, and a
/// refused request is audited although it fails.
/// </summary>
public sealed record RequestOtpCommand(string Phone) : ICommand<RequestOtpResult>, ISavesInSteps;

public sealed record RequestOtpResult(DateTimeOffset ExpiresAt, int ResendAfterSeconds);
