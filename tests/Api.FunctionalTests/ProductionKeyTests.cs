using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Infrastructure.Security;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Outside Development the service refuses to start with a key from the repository, a key of too little
/// entropy, one secret for two purposes, or a key left to be derived from another; it names each setting
/// and never prints a key.
/// </summary>
public sealed class ProductionKeyTests
{
    private static readonly JsonNode DevelopmentSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")))!;

    public static TheoryData<string, string?, string> BadKeys()
    {
        var developmentSigningKey = DevelopmentSettings["Auth"]!["SigningKey"]!.GetValue<string>();
        var developmentIndexKey = DevelopmentSettings["PersonalData"]!["IndexKey"]!.GetValue<string>();
        var shared = TestKeys.Random();
        return new TheoryData<string, string?, string>
        {
            { "Auth:SigningKey", developmentSigningKey, "Auth:SigningKey is a key from the repository" },
            { "PersonalData:IndexKey", developmentIndexKey, "PersonalData:IndexKey is a key from the repository" },
            { "Auth:SigningKey", "passwordpasswordpasswordpassword2026", "Auth:SigningKey has too little entropy" },
            { "Audit:ChainKey", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()), "Audit:ChainKey has too little entropy" },
            { "Auth:TotpKey", string.Empty, "Auth:TotpKey is not set" },
            { "Audit:ChainKey", null, "Audit:ChainKey is not set" },
            { "PersonalData:IndexKey|Auth:TotpKey", shared, "Auth:TotpKey and PersonalData:IndexKey hold the same key" },
            { "Documents:SigningKey", null, "Documents:SigningKey is not set" },
            { "Documents:SigningKey", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----", "Documents:SigningKey is not an ECDSA P-256 private key" },
        };
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Production_RefusesToStart_NamingTheSetting_WithoutPrintingTheKey(string settings, string? value, string expected)
    {
        var overrides = settings.Split('|').ToDictionary(s => s, _ => value ?? string.Empty);
        await using var node = ApiProcess.Start(overrides, ApiProcess.FreePort());

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => node.WaitUntilReadyAsync(TimeSpan.FromSeconds(90)));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        if (value is { Length: > 0 })
        {
            Assert.DoesNotContain(value, node.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheRepositoryKeyList_HoldsEveryKeyOfTheDevelopmentSettings()
    {
        var keys = new[]
        {
            DevelopmentSettings["Auth"]!["SigningKey"]!.GetValue<string>(),
            DevelopmentSettings["PersonalData"]!["IndexKey"]!.GetValue<string>(),
        }.Concat(DevelopmentSettings["PersonalData"]!["Keys"]!.AsObject().Select(k => k.Value!.GetValue<string>())).ToList();

        Assert.Equal(3, keys.Count);
        Assert.All(keys, key => Assert.Contains(KeyPolicy.HashOf(key), KeyPolicy.RepositoryKeyHashes));
    }

    [Fact]
    public void Entropy_RandomKeysPass_PatternsDoNot()
    {
        Assert.All(Enumerable.Range(0, 200), _ => Assert.True(KeyPolicy.HasEnoughEntropy(Convert.FromBase64String(TestKeys.Random()))));
        Assert.True(KeyPolicy.HasEnoughEntropy(System.Text.Encoding.UTF8.GetBytes(TestKeys.Random())));
        Assert.False(KeyPolicy.HasEnoughEntropy(new byte[32]));
        Assert.False(KeyPolicy.HasEnoughEntropy(System.Text.Encoding.UTF8.GetBytes("abcdefghijklmnopqrstuvwxyz0123456789")));
        Assert.False(KeyPolicy.HasEnoughEntropy(System.Text.Encoding.UTF8.GetBytes("Password1Password1Password1Password1")));
        Assert.False(KeyPolicy.HasEnoughEntropy(Convert.FromBase64String(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("this is not a random key at all!")))));
    }
}
