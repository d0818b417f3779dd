using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>
/// The holiday calendar, read from the database and kept for a minute. A change made on this node
/// drops it at once; other nodes pick the change up when their copy expires.
/// </summary>
internal sealed class CachedWorkingCalendar(IServiceScopeFactory scopes) : IWorkingCalendarProvider, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Cached? _cached;

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && Fresh(cached))
        {
            return cached.Calendar;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } loaded && Fresh(loaded))
            {
                return loaded.Calendar;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var calendar = new WorkingCalendar(days);
            _cached = new Cached(calendar, Stopwatch.GetTimestamp());
            return calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    private static bool Fresh(Cached cached) => Stopwatch.GetElapsedTime(cached.LoadedAt) < Lifetime;

    private sealed record Cached(WorkingCalendar Calendar, long LoadedAt);

    public void Dispose() => _gate.Dispose();
}
