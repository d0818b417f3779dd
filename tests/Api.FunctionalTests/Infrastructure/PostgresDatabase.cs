using Npgsql;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A throw-away database on the PostgreSQL server named by <c>RELIEF_TEST_POSTGRES</c> (the test command
/// installs, starts and names it), or on the local default server.
/// </summary>
public sealed class PostgresDatabase
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=relief;Password=relief;Database=postgres";

    private static readonly string Server = Environment.GetEnvironmentVariable("RELIEF_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public PostgresDatabase()
    {
        Name = $"relief_test_{Guid.NewGuid():N}";
        // The server takes 100 connections for every host of the suite (and anyone else's tests): a burst of
        // concurrent requests in one host waits for one of its own connections rather than being refused.
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = Name, Pooling = true, MaxPoolSize = 25 }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task EnsureServerAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable ({ex.Message}). Run the test suite with ./build.sh test, which installs and starts it, or set RELIEF_TEST_POSTGRES.", ex);
        }
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);

        // FORCE may not end an autovacuum worker that a large test started (42501); it is done in a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }
}
