namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>The API as production runs it: no demo accounts, no Swagger and no development SMS route unless configured.</summary>
public sealed class ProductionApiFactory : SqliteApiFactory
{
    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = TestKeys.Production("p1").ToDictionary(k => k.Key, string? (k) => k.Value);
}
