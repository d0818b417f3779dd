using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Domain.Calendar;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Loads the shipped holiday calendar for years the database does not have yet. A year already
/// present is never overwritten: an administrator may have corrected it.
/// </summary>
internal static class CalendarSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task SeedAsync(ReliefDbContext db, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<CalendarFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"The calendar file {path} is empty.");
        var known = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken))
            .Select(d => d.Year).ToHashSet();

        foreach (var (yearText, year) in file.Years)
        {
            if (known.Contains(int.Parse(yearText, CultureInfo.InvariantCulture)))
            {
                continue;
            }

            db.CalendarDays.AddRange(year.Holidays.Select(d => new CalendarDay(d, CalendarDayKind.Holiday)));
            db.CalendarDays.AddRange(year.Workdays.Select(d => new CalendarDay(d, CalendarDayKind.Workday)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record CalendarFile(string Source, Dictionary<string, CalendarYear> Years);

    private sealed record CalendarYear(IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays);
}
