namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The API as production runs it: no demo accounts, no Swagger and no development SMS route unless configured.</summary>
public sealed class ProductionApiFactory : SqliteApiFactory
{
    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SigningKey"] = "test-signing-key-for-production-hosts-0123456789",
        ["PersonalData:CurrentKeyId"] = "p1",
        ["PersonalData:Keys:p1"] = "dGVzdCBrZXkgZm9yIHByb2R1Y3Rpb24gaG9zdHMgMDE=",
        ["PersonalData:IndexKey"] = "dGVzdCBpbmRleCBmb3IgcHJvZHVjdGlvbiBob3N0cyA=",
    };
}
