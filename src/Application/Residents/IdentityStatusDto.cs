using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Residents;

namespace ReliefPlatform.Application.Residents;

/// <summary>The account's 实名认证 as its owner sees it: the name, the ID number masked, and when.</summary>
public sealed record IdentityStatusDto(bool Verified, string? Name, string? IdNumber, DateTimeOffset? VerifiedAt)
{
    public static IdentityStatusDto Of(ResidentAccount account) => Of(account.VerifiedName, account.VerifiedIdNumber, account.VerifiedAt);

    public static IdentityStatusDto Of(string? name, string? idNumber, DateTime? verifiedAt) => idNumber is not null && verifiedAt is { } at
        ? new(true, name, ResidentIdNumber.Mask(idNumber), ChinaTime.ToChinaOffset(at))
        : new(false, null, null, null);

    /// <summary>The relationships an account may name when it files, for the page's picker: 本人 first.</summary>
    public IReadOnlyList<RelationshipOption> Relationships { get; init; } =
        [.. Enum.GetValues<Relationship>().Select(r => new RelationshipOption(r.ToString(), RelationshipNames.Zh(r)))];
}

public sealed record RelationshipOption(string Code, string Name);
