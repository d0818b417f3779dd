using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The context's PostgreSQL statements are prepared and stay prepared across uses of a connection from the
/// pool (ADR 0031), and an operator's own setting wins.
/// </summary>
public sealed class PostgreSqlStatementReuseTests
{
    [Fact]
    public async Task AStatementPreparedOnOneUse_IsStillPrepared_WhenThePooledConnectionIsUsedAgain()
    {
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var options = ReliefDbContextOptions.For(DatabaseProvider.PostgreSql, database.ConnectionString);
            for (var use = 0; use < 10; use++)
            {
                await using var db = new ReliefDbContext(options);
                Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync());
            }

            await using var again = new ReliefDbContext(options);
            var prepared = await again.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM pg_prepared_statements").SingleAsync();

            // Npgsql prepares a statement after its fifth run; without automatic preparation there would be none.
            Assert.True(prepared >= 1, $"{prepared} prepared statements on a connection back from the pool.");
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Theory]
    [InlineData("Host=db;Database=relief", 64)]
    [InlineData("Host=db;Database=relief;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=relief;MaxAutoPrepare=8", 8)]
    public void TheConnectionString_GetsStatementReuse_UnlessTheOperatorSetIt(string given, int maxAutoPrepare)
    {
        var tuned = new NpgsqlConnectionStringBuilder(ReliefDbContextOptions.WithStatementReuse(given));

        Assert.Equal((maxAutoPrepare, "db", "relief", false), (tuned.MaxAutoPrepare, tuned.Host, tuned.Database, tuned.NoResetOnClose));
    }
}
