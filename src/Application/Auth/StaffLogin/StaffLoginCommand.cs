using MediatR;

namespace ReliefPlatform.Application.Auth.StaffLogin;

/// <summary>
/// The first step of a staff sign-in: the password. Deliberately not an <c>ICommand</c>: a wrong
/// password must be counted toward the lockout although the request fails, so the handler saves its
/// own writes. The answer's <c>nextStep</c> says what the account still owes (ADR 0013).
/// </summary>
public sealed record StaffLoginCommand(string Username, string Password) : IRequest<SignInResult>;
