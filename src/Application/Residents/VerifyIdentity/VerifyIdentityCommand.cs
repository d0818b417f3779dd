using ReliefPlatform.Application.Common.Messaging;
using ReliefPlatform.Application.Common.Security;
using ReliefPlatform.Domain.Common;

namespace ReliefPlatform.Application.Residents.VerifyIdentity;

/// <summary>实名认证: the signed-in resident's account takes the identity the provider confirms.</summary>
[Authorize(Role.Resident)]
public sealed record VerifyIdentityCommand(string Name, string IdNumber) : ICommand<IdentityStatusDto>
{
    /// <summary>What a page-side provider flow handed over (a WeChat/Alipay authorisation code, a CTID ticket); optional.</summary>
    public string? ProviderToken { get; init; }
}
