using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Infrastructure.Persistence;
using ReliefPlatform.Infrastructure.Persistence.Seeding;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// Reads the catalog from the database once and keeps it: it changes only when the catalog file is
/// re-seeded, which resets this cache. Every request would otherwise read 22 rows of JSON.
/// </summary>
internal sealed class CachedCatalog(IServiceScopeFactory scopes) : ICatalog, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CatalogSnapshot? _snapshot;

    public async Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
            var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
            var file = scope.ServiceProvider.GetRequiredService<CatalogFile>();
            _snapshot = new CatalogSnapshot(departments, items, file.Document.IntakeTimeLimitWorkingDays, file.Document.Version)
            {
                SupplementTimeLimitWorkingDays = file.Document.SupplementTimeLimitWorkingDays,
                HelpRequestTimeLimitWorkingDays = file.Document.HelpRequestTimeLimitWorkingDays,
                Appeal = (file.Document.Appeal ?? Domain.Catalog.AppealRules.Default).Checked(),
                SmsNames = file.Document.SmsNames(),
            };
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _gate.Dispose();
}
