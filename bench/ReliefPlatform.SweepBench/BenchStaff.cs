using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.SweepBench;

/// <summary>The bench's staff accounts, signed in over real HTTP as people are: password, then TOTP.</summary>
internal static class BenchStaff
{
    private const string Password = "Bench#2026-report";
    private static readonly byte[] TotpSecret = "bench-totp-secret-20"u8.ToArray();

    /// <summary>
    /// A province-wide account with its password and, as every supervisor and administrator must have,
    /// TOTP (the secret is the bench's own); created when missing.
    /// </summary>
    public static async Task EnsureAsync(IServiceProvider services, string username, string displayName, Role role)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        if (!await db.StaffUsers.AnyAsync(u => u.Username == username))
        {
            var user = new StaffUser(username, displayName, role, null, RegionCode.Parse("530000"));
            user.SetPasswordHash(scope.ServiceProvider.GetRequiredService<ISecretHasher>().HashPassword(Password));
            var earlier = DateTime.UtcNow.AddHours(-1);
            user.StartTotpEnrolment(scope.ServiceProvider.GetRequiredService<ITotpSecretProtector>().Protect(TotpSecret, user.Id));
            user.ConfirmTotpEnrolment(TotpSecret, Totp.Code(TotpSecret, Totp.StepAt(earlier)), earlier);
            db.StaffUsers.Add(user);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Password, then the TOTP code of the step after the last one used (a run may sign in twice within 30 seconds).</summary>
    public static async Task SignInAsync(HttpClient client, string username)
    {
        var login = await client.PostAsJsonAsync("/api/v1/auth/staff/login", new { username, password = Password });
        login.EnsureSuccessStatusCode();
        Authorize(client, (await login.Content.ReadFromJsonAsync<JsonObject>())!);
        var code = Totp.Code(TotpSecret, Totp.StepAt(DateTime.UtcNow) + 1);
        var verified = await client.PostAsJsonAsync("/api/v1/auth/staff/totp/verify", new { code });
        verified.EnsureSuccessStatusCode();
        Authorize(client, (await verified.Content.ReadFromJsonAsync<JsonObject>())!);

        static void Authorize(HttpClient client, JsonObject answer) =>
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer["accessToken"]!.GetValue<string>());
    }
}
