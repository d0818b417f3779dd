using MediatR;

namespace ReliefPlatform.Application.Auth.VerifyOtp;

/// <summary>
/// Signs a resident in with a one-time code. Deliberately not an <c>ICommand</c>: a wrong code must
/// be counted even though the request fails, so this handler commits its own small writes.
/// </summary>
public sealed record VerifyOtpCommand(string Phone, string Code) : IRequest<SignInResult>;
