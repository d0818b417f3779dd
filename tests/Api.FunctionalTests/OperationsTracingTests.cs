using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// Spans as an exporter receives them (in memory, after the redaction processor): a submission is one
/// trace from the request through the MediatR command to its database commands; a delivery run is a
/// trace of its own from the job through its command to the SMS gateway call. A canary resident's ID
/// number, phone and name are in no span's name, attribute or event, not even masked (the redaction
/// had nothing to do).
/// </summary>
public abstract class OperationsTracingTests<TFactory>(TFactory factory)
    where TFactory : ApiFactory, ITelemetryApiFactory
{
    [Fact]
    public async Task ASubmissionAndAJobRun_AreTracesOfNestedSpans_WithoutPersonalData()
    {
        factory.Gateway.Script();
        var phone = TestData.Phone();
        var idNumber = TestData.IdNumber();
        var name = "金丝雀" + Guid.NewGuid().ToString("N")[..6];
        var resident = await factory.ResidentThroughGatewayAsync(factory.Gateway, phone);

        var trace = ActivityTraceId.CreateRandom();
        var caller = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications")
        {
            Content = JsonContent.Create(new
            {
                itemCode = "civil.dibao",
                regionCode = "530102001",
                applicant = new { name, idNumber, phone },
                answers = new { householdSize = 3, annualIncomePerPerson = 4200, residence = "rural" },
                description = $"{name}家里房子漏雨，电话 {phone}。",
            }),
        };
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{caller.ToHexString()}-01");
        Assert.Equal(HttpStatusCode.Created, (await resident.SendAsync(request)).StatusCode);

        var submission = await SpansAsync(s => s.TraceId == trace, s => s.DisplayName == "SubmitApplicationCommand");
        var server = Assert.Single(submission, s => s.Kind == ActivityKind.Server);
        var command = Assert.Single(submission, s => s.DisplayName == "SubmitApplicationCommand");
        Assert.Equal(caller, server.ParentSpanId);
        Assert.Equal("/api/v1/applications/", server.GetTagItem("http.route"));
        Assert.Equal(server.SpanId, command.ParentSpanId);
        Assert.Contains(submission, s => s.GetTagItem("db.operation.name") as string == "INSERT" && s.ParentSpanId == command.SpanId);
        Assert.All(submission.Where(s => s.GetTagItem("db.query.text") is not null), s => Assert.Equal(ActivityKind.Client, s.Kind));

        // The submission queued a text: the delivery run is a trace of its own, down to the gateway call.
        await factory.RunJobAsync("deliver-messages");
        var job = Assert.Single(await SpansAsync(
            s => s.DisplayName == "job deliver-messages" && s.GetTagItem("relief.node") as string == factory.NodeId && SentSomething(s),
            _ => true));
        var run = await SpansAsync(s => s.TraceId == job.TraceId, s => s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") is not null);
        var deliver = Assert.Single(run, s => s.DisplayName == "DeliverMessagesCommand");
        Assert.Equal(default, job.ParentSpanId);
        Assert.Equal(job.SpanId, deliver.ParentSpanId);
        Assert.Contains(run, s => s.Kind == ActivityKind.Client && s.GetTagItem("db.operation.name") is not null && s.ParentSpanId == job.SpanId);
        var gatewayCall = Assert.Single(run, s => s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") as string == "POST");
        Assert.Equal(deliver.SpanId, gatewayCall.ParentSpanId);
        Assert.NotEqual(trace, job.TraceId);

        string[] canaries = [idNumber, phone, name, idNumber[..4] + "**********" + idNumber[^4..], phone[..3] + "****" + phone[^4..]];
        foreach (var span in Snapshot())
        {
            var text = string.Join(
                "\n",
                new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
                    .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                    .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}").Append(e.Name)))
                    .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")));
            Assert.DoesNotContain(canaries, c => text.Contains(c, StringComparison.Ordinal));
        }
    }

    /// <summary>A delivery run that found something to send: its trace has a gateway call.</summary>
    private bool SentSomething(Activity job) =>
        Snapshot().Any(s => s.TraceId == job.TraceId && s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") is not null);

    private List<Activity> Snapshot() => factory.Spans.Snapshot();

    /// <summary>The spans matching <paramref name="select"/>, once one of them matches <paramref name="complete"/> (spans end after the answer).</summary>
    private async Task<List<Activity>> SpansAsync(Func<Activity, bool> select, Func<Activity, bool> complete)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var spans = Snapshot().Where(select).ToList();
            if (spans.Any(complete))
            {
                await Task.Delay(200);
                return [.. Snapshot().Where(select)];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The spans did not arrive.");
    }
}

public sealed class SqliteOperationsTracingTests(TelemetrySqliteApiFactory factory)
    : OperationsTracingTests<TelemetrySqliteApiFactory>(factory), IClassFixture<TelemetrySqliteApiFactory>;

public sealed class PostgresOperationsTracingTests(TelemetryPostgresApiFactory factory)
    : OperationsTracingTests<TelemetryPostgresApiFactory>(factory), IClassFixture<TelemetryPostgresApiFactory>;
