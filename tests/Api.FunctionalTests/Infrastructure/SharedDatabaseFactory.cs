namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>A test host on a database that other hosts or processes share.</summary>
public sealed class SharedDatabaseFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null) : ApiFactory
{
    public override string Provider => provider;

    public override string ConnectionString => connectionString;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
