namespace ReliefPlatform.Application.Residents;

/// <summary>
/// 实名认证: asks an identity provider whether a name and an ID number belong together. Shaped after what
/// such providers answer: the national CTID platform and the public-security two-factor check (人口库
/// 二要素核验) return 一致 / 不一致 / 库中无此号 with a serial number (流水号) and the time of the check; the
/// WeChat and Alipay real-name results a 政务 page receives carry the same verdict for the person behind
/// a wallet, with the provider's order number. <see cref="IdentityClaim.ProviderToken"/> carries what a
/// page-side flow hands over (a WeChat/Alipay authorisation code, a CTID face-check ticket), for
/// adapters that need it. An adapter that cannot reach its provider, or has none configured, throws
/// <see cref="IdentityVerificationUnavailableException"/> (503): never a guess.
/// </summary>
public interface IIdentityVerifier
{
    Task<IdentityCheck> CheckAsync(IdentityClaim claim, CancellationToken cancellationToken);
}

/// <param name="Name">The name as typed.</param>
/// <param name="IdNumber">A checked 18-character ID number.</param>
/// <param name="ProviderToken">A page-side provider's authorisation code or ticket, when the flow has one.</param>
public sealed record IdentityClaim(string Name, string IdNumber, string? ProviderToken = null);

/// <param name="Result">The provider's verdict.</param>
/// <param name="Provider">Which provider answered (<c>ctid</c>, <c>wechat</c>, <c>simulator</c>…).</param>
/// <param name="Reference">The provider's serial number for this check (流水号), kept for disputes.</param>
/// <param name="CheckedAt">When the provider checked, UTC.</param>
public sealed record IdentityCheck(IdentityMatch Result, string Provider, string Reference, DateTime CheckedAt);

public enum IdentityMatch
{
    /// <summary>一致: the name and the ID number belong together.</summary>
    Match,

    /// <summary>不一致: the ID number exists, with another name.</summary>
    Mismatch,

    /// <summary>库中无此号: the register has no such ID number.</summary>
    NotFound,
}

/// <summary>No identity provider answered (none configured, unreachable, refused our credentials): 503, 实名认证暂不可用.</summary>
public sealed class IdentityVerificationUnavailableException : Exception
{
    public IdentityVerificationUnavailableException()
        : base("No identity provider is available (IdentityVerification:Provider).")
    {
    }

    public IdentityVerificationUnavailableException(string message)
        : base(message)
    {
    }

    public IdentityVerificationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
