using MediatR;

namespace ReliefPlatform.Application.Auth.StaffLogin;

public sealed record StaffLoginCommand(string Username, string Password) : IRequest<SignInResult>;
