using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Residents.GetMyIdentity;

/// <summary>Whether the signed-in resident's account is verified, and as whom.</summary>
[Authorize(Role.Resident)]
public sealed record GetMyIdentityQuery : IQuery<IdentityStatusDto>;
