using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Auth;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

public static class DatabaseInitializer
{
    /// <summary>Migrates the database and loads the catalog, calendar and monitoring figures; demo accounts only when asked (Development).</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, DemoAccounts? demo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ReliefDbContext>();
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        var seedData = provider.GetRequiredService<SeedDataDirectory>().Path;
        await CatalogSeeder.SeedAsync(db, provider.GetRequiredService<CatalogFile>(), cancellationToken);
        await CalendarSeeder.SeedAsync(db, System.IO.Path.Combine(seedData, "calendar.json"), cancellationToken);
        await MonitoringThresholdsSeeder.SeedAsync(db, System.IO.Path.Combine(seedData, "monitoring-thresholds.json"), provider.GetRequiredService<TimeProvider>(), cancellationToken);
        if (demo is not null)
        {
            await DemoDataSeeder.SeedAsync(
                db, provider.GetRequiredService<ISecretHasher>(), provider.GetRequiredService<ITotpSecretProtector>(), demo,
                provider.GetRequiredService<TimeProvider>(), cancellationToken);
        }
    }
}

/// <summary>Where the data files (catalog, calendar, regions) are read from.</summary>
public sealed record SeedDataDirectory(string Path);
