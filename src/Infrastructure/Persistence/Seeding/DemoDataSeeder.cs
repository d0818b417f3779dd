using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Domain.Catalog;
using ReliefPlatform.Domain.Common;
using ReliefPlatform.Domain.Regions;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Development-only demo accounts for county 530102 (五华区, 昆明市), as the API contract lists them.
/// Never runs outside Development. Their password is set as it is, outside the password policy (it is
/// shorter than 12 characters), and the supervisors and the administrator have TOTP already enrolled
/// with the demo secret, so that a demo can sign in with any authenticator app or <c>oathtool</c>.
/// </summary>
internal static class DemoDataSeeder
{
    public const string DemoCounty = "530102";

    public static async Task SeedAsync(ReliefDbContext db, ISecretHasher hasher, ITotpSecretProtector protector, DemoAccounts demo, TimeProvider clock, CancellationToken cancellationToken)
    {
        var existing = await db.StaffUsers.Select(u => u.Username).ToListAsync(cancellationToken);
        var departments = await db.Departments.OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);

        var accounts = departments
            .Select(d => new StaffUser($"cw-{d.Code}-{DemoCounty}", $"{d.Name}经办人", Role.Caseworker, DepartmentCode.Parse(d.Code), RegionCode.Parse(DemoCounty)))
            // Township officials of civil affairs, who hold the township stages of the means-tested items (ADR 0040).
            .Append(new StaffUser("tw-civil-530102010", "西翥街道民政助理", Role.Caseworker, DepartmentCode.Parse("civil"), RegionCode.Parse("530102010")))
            .Append(new StaffUser("tw-civil-530102001", "华山街道民政助理", Role.Caseworker, DepartmentCode.Parse("civil"), RegionCode.Parse("530102001")))
            .Append(new StaffUser("sup-530102", "五华区督办员", Role.Supervisor, null, RegionCode.Parse("530102")))
            .Append(new StaffUser("sup-530100", "昆明市督办员", Role.Supervisor, null, RegionCode.Parse("530100")))
            .Append(new StaffUser("sup-530000", "云南省督办员", Role.Supervisor, null, RegionCode.Parse("530000")))
            .Append(new StaffUser("admin", "系统管理员", Role.Administrator, null, RegionCode.Parse("530000")));

        var hash = hasher.HashPassword(demo.Password);
        var secret = Base32.Decode(demo.TotpSecret);
        foreach (var account in accounts.Where(a => !existing.Contains(a.Username)))
        {
            account.SetPasswordHash(hash);
            if (account.RequiresTotp)
            {
                EnrolTotp(account, secret, protector, clock.GetUtcNow().UtcDateTime);
            }

            db.StaffUsers.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Enrols a known secret, as if the account had confirmed it with the code of an hour ago.</summary>
    public static void EnrolTotp(StaffUser account, byte[] secret, ITotpSecretProtector protector, DateTime nowUtc)
    {
        var anHourAgo = nowUtc.AddHours(-1);
        account.StartTotpEnrolment(protector.Protect(secret, account.Id));
        account.ConfirmTotpEnrolment(secret, Totp.Code(secret, Totp.StepAt(anHourAgo)), anHourAgo);
    }
}

/// <summary>
/// The demo accounts' password and TOTP secret (base 32), from <c>Demo:Password</c> and <c>Demo:TotpSecret</c>.
/// The default secret is RFC 6238's test key, "12345678901234567890".
/// </summary>
public sealed record DemoAccounts(string Password, string TotpSecret = DemoAccounts.DefaultTotpSecret)
{
    public const string DefaultTotpSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
}
