using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;

namespace ReliefPlatform.Application.Auth.Logout;

/// <summary>Ends the caller's session, resident or staff: its token is refused from the next request on.</summary>
[Authorize]
public sealed record LogoutCommand : ICommand<MediatR.Unit>;
