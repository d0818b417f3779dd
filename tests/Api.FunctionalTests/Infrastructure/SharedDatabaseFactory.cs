namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>A test host on a database that other hosts or processes share.</summary>
public sealed class SharedDatabaseFactory(string provider, string connectionString) : ApiFactory
{
    public override string Provider => provider;

    public override string ConnectionString => connectionString;
}
