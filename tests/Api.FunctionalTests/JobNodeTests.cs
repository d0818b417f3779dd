using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;
using ReliefPlatform.Application.Common.Interfaces;
using ReliefPlatform.Application.Jobs;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Deadlines;
using ReliefPlatform.Domain.Messaging;
using ReliefPlatform.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Job nodes as separate processes on one PostgreSQL database with Hangfire's PostgreSQL storage: a node
/// killed in the middle of a sweep loses nothing and doubles nothing, and two nodes side by side
/// produce every effect once.
/// </summary>
public sealed class JobNodeTests(ITestOutputHelper output)
{
    private const string EmptyAnswers = "{}";
    // Only spent when something is wrong; a cold CI machine starts a node and fills 120,000 rows slowly.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    // The test's own hosts only create the schema and read services. With a job server of their own they
    // would pick up a run the killed nodes left queued, and their shutdown would wait for it (and, when
    // that takes longer than the shutdown timeout on a busy machine, fail the test with a cancellation).
    private static readonly Dictionary<string, string> NoJobServer = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task JobNodeKilledMidSweep_AfterRestart_EveryEffectExistsOnce()
    {
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        try
        {
            var today = await PrepareAsync(database, applications: 40_000, messages: 0);
            var node = JobNode(database, "node-a", chaseEvery: "0/2 * * * * ?");
            var killedWhileRunning = false;
            var watch = Stopwatch.StartNew();
            await using (var first = ApiProcess.Start(node))
            {
                while (watch.Elapsed < Patience && !killedWhileRunning)
                {
                    if (await RunsAsync(database, JobOutcome.Running) > 0)
                    {
                        first.Kill();
                        killedWhileRunning = await RunsAsync(database, JobOutcome.Running) > 0 && await EventsAsync(database) == 0;
                        break;
                    }

                    await Task.Delay(10);
                }

                output.WriteLine(first.Output.Length > 2000 ? first.Output[^2000..] : first.Output);
            }

            Assert.True(killedWhileRunning, "The node should have been killed while its sweep was still running (and had committed nothing).");

            await using (ApiProcess.Start(node))
            {
                await WaitUntilAsync(async () => await RunsAsync(database, JobOutcome.Succeeded) >= 2);
            }

            await AssertEveryEffectOnceAsync(database, today);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Fact]
    public async Task TwoClusteredJobNodes_ProduceEveryEffectOnce_AndSendEachMessageOnce()
    {
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        try
        {
            var today = await PrepareAsync(database, applications: 5_000, messages: 300);
            await using (ApiProcess.Start(JobNode(database, "node-a", chaseEvery: "0/2 * * * * ?")))
            await using (ApiProcess.Start(JobNode(database, "node-b", chaseEvery: "0/2 * * * * ?")))
            {
                await WaitUntilAsync(async () =>
                    await RunsAsync(database, JobOutcome.Succeeded) >= 6 &&
                    await WithDbAsync(database, db => db.OutboxMessages.CountAsync(m => m.Status != OutboxMessageStatus.Sent)) == 0);
            }

            await AssertEveryEffectOnceAsync(database, today);
            var messages = await WithDbAsync(database, db => db.OutboxMessages.AsNoTracking().ToListAsync());
            Assert.All(messages, m => Assert.Equal((OutboxMessageStatus.Sent, 1), (m.Status, m.Attempts)));
            Assert.Equal(messages.Count, await WithDbAsync(database, db => db.DevSmsMessages.CountAsync()));
            var runsByNode = await WithDbAsync(database, db => db.JobRuns.GroupBy(r => r.Node).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
            output.WriteLine(string.Join(", ", runsByNode.Select(r => $"{r.Key}: {r.Count} runs")));
        }
        finally
        {
            await database.DropAsync();
        }
    }

    [Fact]
    public async Task RunsLongerThanTheInvisibilityAndLockTimeouts_NeverOverlap_AndEachEffectExistsOnce()
    {
        var database = new PostgresDatabase();
        await PostgresDatabase.EnsureServerAsync();
        try
        {
            var today = await PrepareAsync(database, applications: 120_000, messages: 0);
            Dictionary<string, string> Node(string id) => new(JobNode(database, id, chaseEvery: "0/2 * * * * ?"))
            {
                ["Jobs:InvisibilityTimeoutSeconds"] = "1",
                ["Jobs:LockTimeoutSeconds"] = "1",
            };

            await using (var a = ApiProcess.Start(Node("node-a")))
            await using (var b = ApiProcess.Start(Node("node-b")))
            {
                try
                {
                    await WaitUntilAsync(async () => await WithDbAsync(database, db => db.JobRuns.CountAsync(r =>
                        r.JobName == "chase-deadlines" && r.Outcome == JobOutcome.Succeeded && r.FinishedAt - r.StartedAt > TimeSpan.FromSeconds(1.2))) >= 1
                        && await RunsAsync(database, JobOutcome.Succeeded) >= 3);
                }
                finally
                {
                    output.WriteLine(a.Output.Length > 3000 ? a.Output[^3000..] : a.Output);
                    output.WriteLine(b.Output.Length > 3000 ? b.Output[^3000..] : b.Output);
                }
            }

            await AssertEveryEffectOnceAsync(database, today);

            // Hangfire may fetch a run again once its lease looks stale (1 s here, on a busy machine); the
            // per-job lock must then keep the two from overlapping, and the keys keep every effect once.
            var processings = await WithDbAsync(database, db => db.Database.SqlQueryRaw<long>("""
                SELECT COUNT(*) AS "Value" FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
                WHERE s.name = 'Processing' AND j.arguments::text LIKE '%chase-deadlines%'
                GROUP BY s.jobid
                """).ToListAsync());
            var runs = await WithDbAsync(database, db => db.JobRuns.AsNoTracking().Where(r => r.JobName == "chase-deadlines").OrderBy(r => r.StartedAt).ToListAsync());
            var overlapping = runs.Zip(runs.Skip(1)).Count(pair => pair.First.FinishedAt is not { } end || pair.Second.StartedAt < end);
            output.WriteLine(
                $"chase-deadlines: {runs.Count} runs ({string.Join(", ", runs.GroupBy(r => r.Node).Select(g => $"{g.Key} {g.Count()}"))}), " +
                $"longest {runs.Max(r => (r.FinishedAt ?? r.StartedAt) - r.StartedAt).TotalSeconds:0.0} s against 1 s invisibility and lock timeouts; " +
                $"{processings.Count} Hangfire jobs processed, {processings.Count(n => n > 1)} of them fetched again; {overlapping} overlapping runs");
            Assert.True(processings.Count >= 3, $"Hangfire recorded only {processings.Count} processed chase-deadlines jobs.");
            Assert.Equal(0, overlapping);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static Dictionary<string, string> JobNode(PostgresDatabase database, string id, string chaseEvery) => new()
    {
        ["Database:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Relief"] = database.ConnectionString,
        ["Node:Role"] = "Jobs",
        ["Node:Id"] = id,
        ["Jobs:Schedules:chase-deadlines"] = chaseEvery,
        ["Jobs:Schedules:deliver-messages"] = "0/1 * * * * ?",
        ["Jobs:Schedules:daily-statistics"] = "never",

        // A node killed while holding one of Hangfire's storage locks blocks it this long (60 s by default).
        ["Jobs:LockTimeoutSeconds"] = "5",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Creates the schema through the real start-up, then fills it set-based (open applications, queued messages).</summary>
    private static async Task<DateOnly> PrepareAsync(PostgresDatabase database, int applications, int messages)
    {
        await using (var host = new SharedDatabaseFactory("PostgreSQL", database.ConnectionString, NoJobServer))
        {
            _ = host.Services;
        }

        var today = ChinaTime.DateOf(DateTime.UtcNow);
        await WithDbAsync(database, async db =>
        {
            // Due dates from 30 days ago to 5 days ahead: overdue, escalated and due-soon cases alike.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Applications" ("Id", "TrackingNumber", "ItemCode", "DepartmentCode", "RegionCode", "CountyCode", "ApplicantName",
                    "ApplicantIdNumber", "ApplicantPhone", "AnswersJson", "Description", "Channel", "Status", "SubmittedAt", "AcceptedAt",
                    "DueDate", "PausedWorkingDays", "OpenCaseKey", "Version",
                    "StageKey", "StageKind", "StageOffice", "StageOfficeRegionCode", "StageSequence", "StageStartedAt", "StageDueDate",
                    "StagePausedWorkingDays", "Staged", "OpenObjections")
                SELECT gen_random_uuid(), 'JOB-' || i, 'civil.dibao', 'civil', '530102', '530102', '测试', '530102196001011238', '13800138000',
                    {EmptyAnswers}, '测试', 'Resident', CASE WHEN i % 3 = 0 THEN 'Submitted' ELSE 'Accepted' END, now() - interval '40 days', now() - interval '39 days',
                    {today}::date - (i % 36) + 5, 0, 'job|' || i, gen_random_uuid(),
                    'decision', 'Decision', 'County', '530102', 2, now() - interval '39 days', {today}::date - (i % 36) + 5, 0, false, 0
                FROM generate_series(1, {applications}) AS i
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "OutboxMessages" ("Id", "Recipient", "Text", "DedupKey", "CreatedAt", "Status", "Attempts", "NextAttemptAt")
                SELECT gen_random_uuid(), '139' || lpad(i::text, 8, '0'), '测试短信 ' || i, 'job-test:' || i, now(), 'Pending', 0, now() - interval '1 second'
                FROM generate_series(1, {messages}) AS i
                """);
            return 0;
        });
        return today;
    }

    private async Task AssertEveryEffectOnceAsync(PostgresDatabase database, DateOnly today)
    {
        var (calendar, policy) = await WithServicesAsync(database);
        var remindUpTo = policy.RemindUpTo(today, calendar);
        var escalateBefore = policy.EscalateBefore(today, calendar);
        var applications = await WithDbAsync(database, db => db.Applications.AsNoTracking().Select(a => new { a.Id, a.DueDate, a.Status }).ToListAsync());
        var events = await WithDbAsync(database, db => db.DeadlineEvents.AsNoTracking().Select(e => new { e.ApplicationId, e.Stage }).ToListAsync());
        var byApplication = events.ToLookup(e => e.ApplicationId);

        var wrong = applications.Where(a =>
        {
            var stages = byApplication[a.Id].Select(e => e.Stage).ToList();
            return stages.Count != stages.Distinct().Count()
                || stages.Contains(DeadlineStage.Overdue) != a.DueDate < today
                || stages.Contains(DeadlineStage.Escalated) != a.DueDate < escalateBefore
                || (a.DueDate >= today && a.DueDate <= (a.Status == Domain.Applications.ApplicationStatus.Submitted ? today : remindUpTo) && !stages.Contains(DeadlineStage.Reminder));
        }).ToList();
        output.WriteLine(
            $"{applications.Count} applications, {events.Count} deadline events " +
            $"({string.Join(", ", events.GroupBy(e => e.Stage).Select(g => $"{g.Key} {g.Count()}"))}), {wrong.Count} missing or doubled");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {applications.Count} applications have a missing or doubled effect.");
        Assert.True(events.Count > applications.Count / 2, $"Only {events.Count} events for {applications.Count} applications.");
    }

    private static Task<int> RunsAsync(PostgresDatabase database, JobOutcome outcome) =>
        WithDbAsync(database, db => db.JobRuns.CountAsync(r => r.JobName == "chase-deadlines" && r.Outcome == outcome));

    private static Task<int> EventsAsync(PostgresDatabase database) => WithDbAsync(database, db => db.DeadlineEvents.CountAsync());

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < Patience, "The job nodes did not finish in time.");
            await Task.Delay(250);
        }
    }

    private static async Task<T> WithDbAsync<T>(PostgresDatabase database, Func<ReliefDbContext, Task<T>> use)
    {
        await using var db = new ReliefDbContext(ReliefDbContextOptions.For(DatabaseProvider.PostgreSql, database.ConnectionString));
        return await use(db);
    }

    private static async Task<(Domain.Calendar.WorkingCalendar Calendar, DeadlinePolicy Policy)> WithServicesAsync(PostgresDatabase database)
    {
        await using var host = new SharedDatabaseFactory("PostgreSQL", database.ConnectionString, NoJobServer);
        await using var scope = host.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        return (calendar, scope.ServiceProvider.GetRequiredService<DeadlinePolicy>());
    }
}
