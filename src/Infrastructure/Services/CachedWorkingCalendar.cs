using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Infrastructure.Services;

/// <summary>The holiday calendar, read once from the database and kept until an administrator changes it.</summary>
internal sealed class CachedWorkingCalendar(IServiceScopeFactory scopes) : IWorkingCalendarProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile WorkingCalendar? _calendar;

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (_calendar is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_calendar is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            _calendar = new WorkingCalendar(days);
            return _calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _calendar = null;

    public void Dispose() => _gate.Dispose();
}
