using Microsoft.Data.SqlClient;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A throw-away database on the SQL Server named by <c>RELIEF_TEST_SQLSERVER</c> (a SqlClient connection
/// string to a server login that may create databases). Without it every SQL Server test is reported
/// skipped with <see cref="SkipReason"/> (ProviderTestFramework): no SQL Server engine can run on the
/// machines this project is built on (ADR 0023).
/// </summary>
public sealed class SqlServerDatabase
{
    public const string Variable = "RELIEF_TEST_SQLSERVER";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : null;

    public SqlServerDatabase()
    {
        Name = $"relief_test_{Guid.NewGuid():N}";
        ConnectionString = new SqlConnectionStringBuilder(Server ?? throw new InvalidOperationException(SkipReason)) { InitialCatalog = Name }.ConnectionString;
    }

    /// <summary>Why the SQL Server tests do not run, or null when they do.</summary>
    public static string? SkipReason => Server is null ? $"{Variable} is not set: no SQL Server engine can run on this machine" : null;

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task EnsureServerAsync()
    {
        try
        {
            await using var connection = new SqlConnection(Server);
            await connection.OpenAsync();
        }
        catch (SqlException ex)
        {
            throw new InvalidOperationException($"SQL Server is not reachable through {Variable} ({ex.Message}).", ex);
        }
    }

    /// <summary>The service's start-up creates and migrates the database; this drops it, ending its sessions first.</summary>
    public async Task DropAsync()
    {
        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(Server);
        await connection.OpenAsync();
        // A database name cannot be a parameter in DDL; Name is the test's own generated identifier.
#pragma warning disable DAP241
        await using var command = new SqlCommand(
            $"IF DB_ID(N'{Name}') IS NOT NULL BEGIN ALTER DATABASE [{Name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{Name}]; END", connection);
#pragma warning restore DAP241
        await command.ExecuteNonQueryAsync();
    }
}
