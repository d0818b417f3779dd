using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Domain.Audit;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Sign-in steps over HTTP, one at a time, for the tests of sign-in itself.</summary>
public static class StaffAuth
{
    public static string NewUsername(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static Task<HttpResponseMessage> LoginAsync(this ApiFactory factory, string username, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/staff/login", new { username, password });

    /// <summary>A client that sends <paramref name="token"/> (a token from any sign-in step).</summary>
    public static HttpClient WithToken(this ApiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts as the demo administrator and expects success.</summary>
    public static async Task<HttpResponseMessage> SendAsAdminAsync(this ApiFactory factory, string path, object? body = null)
    {
        var admin = await factory.StaffAsync("admin");
        var response = await admin.PostAsJsonAsync(path, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public static async Task<string> TokenAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body.ToJsonString()}");
        return body["accessToken"]!.GetValue<string>();
    }

    /// <summary>The authenticator's code for <paramref name="base32Secret"/> at the test clock's time, <paramref name="steps"/> steps on.</summary>
    public static string CodeAt(this ApiFactory factory, string base32Secret, int steps = 0) =>
        Totp.Code(Base32.Decode(base32Secret), Totp.StepAt(factory.Clock.GetUtcNow().UtcDateTime) + steps);

    /// <summary>The problem's <c>code</c>, or null for a problem without one.</summary>
    public static async Task<string?> ProblemCodeAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync())["code"]?.GetValue<string>();

    /// <summary>The account's audit records in chain order, once the sealer has chained all written so far.</summary>
    public static async Task<List<AuditRow>> AuditOfAsync(this ApiFactory factory, Guid staffUserId)
    {
        await factory.ChainAuditAsync();
        return await factory.WithDbAsync(db => db.AuditRecords.AsNoTracking()
            .Where(r => r.ObjectId == staffUserId.ToString())
            .OrderBy(r => r.Sequence)
            .Select(r => new AuditRow(r.Action, r.Outcome, r.Detail, r.ActorId))
            .ToListAsync());
    }
}

public sealed record AuditRow(string Action, AuditOutcome Outcome, string? Detail, Guid? ActorId);
