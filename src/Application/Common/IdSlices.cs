using Microsoft.EntityFrameworkCore;

namespace ReliefPlatform.Application.Common;

/// <summary>
/// Rows looked up by a long list of ids, 1,000 ids to a query. SQL Server takes at most 2,100
/// parameters in a command, and EF Core 10 sends a <c>Contains</c> list as one parameter per value;
/// it switches to a single OPENJSON parameter only above 2,098 values, only for a lone list, and only
/// on compatibility level 130 or later. Slices keep every provider's command small and its plan
/// shape reused, whatever those rules become.
/// </summary>
public static class IdSlices
{
    public const int Size = 1_000;

    public static async Task<List<T>> ToListAsync<TId, T>(IReadOnlyCollection<TId> ids, Func<TId[], IQueryable<T>> query, CancellationToken cancellationToken)
    {
        var rows = new List<T>(ids.Count);
        foreach (var slice in ids.Chunk(Size))
        {
            rows.AddRange(await query(slice).ToListAsync(cancellationToken));
        }

        return rows;
    }
}
