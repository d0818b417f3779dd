using ReliefPlatform.Application.Common.Messaging;

namespace ReliefPlatform.Application.Auth.RequestOtp;

/// <summary>Sends a six-digit sign-in code by SMS.</summary>
public sealed record RequestOtpCommand(string Phone) : ICommand<RequestOtpResult>;

public sealed record RequestOtpResult(DateTimeOffset ExpiresAt, int ResendAfterSeconds);
