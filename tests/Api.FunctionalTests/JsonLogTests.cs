using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReliefPlatform.Api.FunctionalTests.Infrastructure;

namespace ReliefPlatform.Api.FunctionalTests;

/// <summary>
/// The API as a process in Production writes its console as JSON lines: a request's lines carry the
/// trace and span ids, the route template and the caller's role, and no canary resident's ID number,
/// phone or name appears anywhere in what it wrote. SQLite only: the format does not depend on the database.
/// </summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "relief-tests", $"json-logs-{Guid.NewGuid():N}");

    [Fact]
    public async Task InProduction_EveryLineIsJson_WithTraceRouteAndRole_AndNoPersonalData()
    {
        Directory.CreateDirectory(_directory);
        var settings = SubmissionLoad.NodeSettings("Sqlite", $"Data Source={Path.Combine(_directory, "relief.db")}", "json-log-node");
        settings["Logging:LogLevel:Default"] = "Information";
        settings["Exports:Directory"] = Path.Combine(_directory, "exports");
        settings["Attachments:Directory"] = Path.Combine(_directory, "attachments");
        await using var node = ApiProcess.Start(settings, ApiProcess.FreePort());
        await node.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        using var client = new HttpClient { BaseAddress = node.BaseAddress };
        var phone = TestData.Phone();
        var idNumber = TestData.IdNumber();
        var name = "金丝雀" + Guid.NewGuid().ToString("N")[..6];
        var code = await ApiFactory.SendCodeAsync(client, phone);
        await ApiFactory.PostForTokenAsync(client, "/api/v1/auth/otp/verify", new { phone, code });
        var body = new
        {
            itemCode = "civil.dibao",
            regionCode = "530102001",
            applicant = new { name, idNumber, phone },
            answers = new { householdSize = 3, annualIncomePerPerson = 4200, residence = "rural" },
            description = $"{name}家里房子漏雨，电话 {phone}，身份证 {idNumber}。",
        };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/applications", body)).StatusCode);

        // The same again is a duplicate: the pipeline logs the failed command (Information), inside the request.
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/v1/applications", body)).StatusCode);
        await Task.Delay(500);
        var output = node.Output;

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(line.StartsWith('{') && JsonNode.Parse(line) is JsonObject, line));
        var failed = lines.Select(l => JsonNode.Parse(l)!.AsObject())
            .Single(l => l["message"]!.GetValue<string>().StartsWith("SubmitApplicationCommand failed", StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{32}$", failed["trace_id"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{16}$", failed["span_id"]!.GetValue<string>());
        Assert.Equal("/api/v1/applications/", failed["route"]!.GetValue<string>());
        Assert.Equal("Resident", failed["role"]!.GetValue<string>());
        Assert.Equal("Information", failed["level"]!.GetValue<string>());
        Assert.Contains(lines, l => l.Contains("\"category\":\"Microsoft.Hosting.Lifetime\"", StringComparison.Ordinal) && l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(idNumber, output, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, output, StringComparison.Ordinal);
        Assert.DoesNotContain(name, output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
