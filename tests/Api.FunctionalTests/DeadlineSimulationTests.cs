using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Deadlines.ChaseDeadlines;
using ReliefPlatform.Domain.Applications;
using ReliefPlatform.Domain.Calendar;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Notifications;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Residents;
using ReliefPlatform.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Thirty-one days of sweeps, twice a day, over 300 applications whose due dates fall around the
/// 2026 Mid-Autumn and National Day holidays (and their make-up working days). Every reminder,
/// supervision and escalation, and every township stage's own reminder and lateness (ADR 0040), must
/// happen on the day a day-by-day oracle says, exactly once.
/// </summary>
public abstract class DeadlineSimulationTests<TFactory>(TFactory factory, ITestOutputHelper output)
    where TFactory : ApiFactory
{
    private static readonly DateOnly First = new(2026, 9, 20);
    private static readonly DateOnly Last = new(2026, 10, 20);
    private static readonly int[] SweepHours = [9, 15];

    [Fact]
    public async Task ThirtyOneDaysOfSweeps_RaiseEachEffectOnceOnTheRightDay()
    {
        var calendar = await WithServiceAsync<IWorkingCalendarProvider, WorkingCalendar>(c => c.GetAsync(CancellationToken.None));
        var seeded = await SeedAsync(calendar);
        var completions = seeded.Where(s => s.CompleteOn is not null).ToLookup(s => s.CompleteOn!.Value);

        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            foreach (var item in completions[day])
            {
                factory.Clock.SetChinaTime(day, 8);
                await CompleteAsync(item.Id);
            }

            foreach (var hour in SweepHours)
            {
                factory.Clock.SetChinaTime(day, hour);
                await factory.SendAsync(new ChaseDeadlinesCommand());
                var again = await factory.SendAsync(new ChaseDeadlinesCommand());
                Assert.Equal((0, 0, 0, 0, 0), (again.Reminded, again.Overdue, again.Escalated, again.StageReminded, again.StageOverdue));
            }
        }

        var events = await factory.WithDbAsync(db => db.DeadlineEvents.AsNoTracking().ToListAsync());
        var policy = new DeadlinePolicy();
        var mismatches = new List<string>();
        foreach (var application in seeded)
        {
            foreach (var stage in Enum.GetValues<DeadlineStage>())
            {
                var expected = Oracle(application, stage, policy, calendar);
                var actual = events.Where(e => e.ApplicationId == application.Id && e.Stage == stage).ToList();
                var actualDay = actual.Count == 1 ? ChinaTime.DateOf(actual[0].OccurredAt) : (DateOnly?)null;
                if (actual.Count > 1 || actualDay != expected)
                {
                    mismatches.Add($"{application.Label} {stage}: expected {expected?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, got {string.Join(",", actual.Select(a => ChinaTime.DateOf(a.OccurredAt)))}");
                }
            }
        }

        output.WriteLine(
            $"{factory.Provider}: {seeded.Count} applications, {(Last.DayNumber - First.DayNumber + 1) * SweepHours.Length * 2} sweeps; " +
            $"reminders {events.Count(e => e.Stage == DeadlineStage.Reminder)}, overdue {events.Count(e => e.Stage == DeadlineStage.Overdue)}, " +
            $"escalated {events.Count(e => e.Stage == DeadlineStage.Escalated)}, stage reminders {events.Count(e => e.Stage == DeadlineStage.StageReminder)}, " +
            $"stages overdue {events.Count(e => e.Stage == DeadlineStage.StageOverdue)}; mismatches {mismatches.Count}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:\n" + string.Join("\n", mismatches.Take(30)));
        Assert.True(events.Count(e => e.Stage == DeadlineStage.Reminder) > 100, "The simulation should remind of most applications.");
        Assert.True(events.Count(e => e.Stage == DeadlineStage.Escalated) > 10, "The simulation should escalate some applications.");
        Assert.True(events.Any(e => e.Stage == DeadlineStage.StageReminder), "The simulation should remind of some township stages.");
        Assert.True(events.Any(e => e.Stage == DeadlineStage.StageOverdue), "The simulation should find some township stages late.");

        var notifications = await factory.WithDbAsync(db => db.StaffNotifications.AsNoTracking().ToListAsync());
        // The county's notices count every case; a township holding a case's stage hears of it as well (ADR 0040).
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.Reminder), notifications.Where(n => n.Kind == NotificationKind.Reminder && n.AudienceRegionCode.Length == 6).Sum(n => n.Count));
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.Overdue), notifications.Where(n => n.Kind == NotificationKind.Supervision && n.AudienceRegionCode == "530102" && n.AudienceDepartmentCode == null).Sum(n => n.Count));
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.Escalated), notifications.Where(n => n.Kind == NotificationKind.Escalation && n.AudienceRegionCode == "530100").Sum(n => n.Count));
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.Escalated), notifications.Where(n => n.Kind == NotificationKind.Escalation && n.AudienceRegionCode == "530000").Sum(n => n.Count));

        // A stage's own events go to the office holding it alone (the township of 530102001 here).
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.StageReminder), notifications.Where(n => n.Kind == NotificationKind.StageReminder && n.AudienceRegionCode == "530102001").Sum(n => n.Count));
        Assert.Equal(events.Count(e => e.Stage == DeadlineStage.StageOverdue), notifications.Where(n => n.Kind == NotificationKind.StageOverdue && n.AudienceRegionCode == "530102001").Sum(n => n.Count));
        Assert.DoesNotContain(notifications, n => n.Kind is NotificationKind.StageReminder or NotificationKind.StageOverdue && n.AudienceRegionCode != "530102001");
    }

    /// <summary>The first sweep day on which the stage's condition holds while the application is open and unpaused.</summary>
    private static DateOnly? Oracle(Seeded application, DeadlineStage stage, DeadlinePolicy policy, WorkingCalendar calendar)
    {
        if (application.Paused)
        {
            return null;
        }

        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            if (application.CompleteOn is { } done && done <= day)
            {
                return null;
            }

            var due = application.DueDate;
            var holds = stage switch
            {
                DeadlineStage.Reminder => due >= day && calendar.WorkingDaysBetween(day, due) <= (application.Intake ? 0 : policy.ReminderWorkingDays),
                DeadlineStage.Overdue => due < day,
                DeadlineStage.Escalated => due < day && calendar.WorkingDaysBetween(due, day) > policy.EscalationWorkingDays,
                DeadlineStage.StageReminder => application.StageDueDate is { } soon && soon >= day && calendar.WorkingDaysBetween(day, soon) <= policy.ReminderWorkingDays,
                DeadlineStage.StageOverdue => application.StageDueDate is { } late && late < day,
                _ => false, // A help request's stages (ADR 0044) are never an application's.
            };
            if (holds)
            {
                return day;
            }
        }

        return null;
    }

    private async Task<List<Seeded>> SeedAsync(WorkingCalendar calendar)
    {
        var random = new Random(20261001);
        var seeded = new List<Seeded>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var catalog = await scope.ServiceProvider.GetRequiredService<ICatalog>().GetAsync(CancellationToken.None);
        var caseworker = new Actor(Role.Caseworker, Guid.NewGuid());
        for (var i = 0; i < 300; i++)
        {
            var item = catalog.Items[random.Next(catalog.Items.Count)];
            var kind = i % 10;

            // Aim each decision due date at a day between mid-September and late October, through the
            // Mid-Autumn and National Day holidays; everything is filed before the simulation starts.
            var target = new DateOnly(2026, 9, 16).AddDays(random.Next(0, 40));
            var accepted = calendar.SubtractWorkingDays(target, item.TimeLimitWorkingDays);
            if (accepted >= First)
            {
                accepted = First.AddDays(-1 - random.Next(0, 3));
            }

            var submitted = kind >= 2 ? accepted.AddDays(-random.Next(0, 2)) : new DateOnly(2026, 9, 10).AddDays(random.Next(0, 10));
            var submittedAt = At(submitted, 10);
            var application = ReliefApplication.Submit(
                $"SIM-{i:D5}",
                item,
                RegionCode.Parse("530102001"),
                Applicant.Create("模拟", ResidentIdNumber.Parse(TestData.IdNumber(), new DateOnly(2026, 1, 1)), MobileNumber.Parse(TestData.Phone()), $"bi1:sim-{i}"),
                "{}",
                "模拟数据",
                FilingChannel.Resident,
                Guid.NewGuid(),
                new Actor(Role.Resident, Guid.NewGuid()),
                submittedAt,
                calendar,
                catalog.IntakeTimeLimitWorkingDays);

            if (kind >= 2)
            {
                // Staged items enter their first stage after acceptance, except the cases to be approved,
                // which go straight to the decision (only its stage may approve).
                application.Accept(caseworker, At(accepted, 11), calendar, item.TimeLimitWorkingDays, kind == 8 ? null : item.Procedure);
            }

            if (kind == 9)
            {
                application.RequestInformation(caseworker, At(accepted, 16), "请补充材料");
            }

            DateOnly? completeOn = kind == 8 ? First.AddDays(random.Next(0, 25)) : null;
            db.Applications.Add(application);
            // A stage is chased on its own only while the decision's clock runs and when due before the application.
            DateOnly? stageDue = kind >= 2 && application.Staged && application.StageDueDate < application.DueDate ? application.StageDueDate : null;
            seeded.Add(new Seeded(application.Id, $"#{i} {item.Code} due {application.DueDate} stage {application.StageDueDate}", application.DueDate, kind == 9, completeOn, kind < 2, stageDue));
        }

        await db.SaveChangesAsync();
        return seeded;
    }

    private async Task CompleteAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var application = await db.Applications.Include(a => a.History).SingleAsync(a => a.Id == id);
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        application.Approve(new Actor(Role.Caseworker, Guid.NewGuid()), factory.Clock.GetUtcNow().UtcDateTime, calendar, "符合条件", null);
        await db.SaveChangesAsync();
    }

    private async Task<TResult> WithServiceAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static DateTime At(DateOnly chinaDate, int hour) =>
        new DateTimeOffset(chinaDate.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).UtcDateTime;

    private sealed record Seeded(Guid Id, string Label, DateOnly DueDate, bool Paused, DateOnly? CompleteOn, bool Intake, DateOnly? StageDueDate);
}

public sealed class SqliteDeadlineSimulationTests(SqliteApiFactory factory, ITestOutputHelper output)
    : DeadlineSimulationTests<SqliteApiFactory>(factory, output), IClassFixture<SqliteApiFactory>;

public sealed class PostgresDeadlineSimulationTests(PostgresApiFactory factory, ITestOutputHelper output)
    : DeadlineSimulationTests<PostgresApiFactory>(factory, output), IClassFixture<PostgresApiFactory>;

public sealed class SqlServerDeadlineSimulationTests(SqlServerApiFactory factory, ITestOutputHelper output)
    : DeadlineSimulationTests<SqlServerApiFactory>(factory, output), IClassFixture<SqlServerApiFactory>;
