using Microsoft.EntityFrameworkCore;
using ReliefPlatform.Application.Auth;
using ReliefPlatform.Domain.Staff;

namespace ReliefPlatform.Infrastructure.Persistence.Seeding;

/// <summary>
/// Development-only demo accounts for county 530102 (五华区, 昆明市), as the API contract lists them.
/// Never runs outside Development.
/// </summary>
internal static class DemoDataSeeder
{
    public const string DemoCounty = "530102";

    public static async Task SeedAsync(ReliefDbContext db, ISecretHasher hasher, string password, CancellationToken cancellationToken)
    {
        var existing = await db.StaffUsers.Select(u => u.Username).ToListAsync(cancellationToken);
        var departments = await db.Departments.OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);

        var accounts = departments
            .Select(d => new StaffUser($"cw-{d.Code}-{DemoCounty}", $"{d.Name}经办人", StaffRole.Caseworker, d.Code, DemoCounty))
            .Append(new StaffUser("sup-530102", "五华区督办员", StaffRole.Supervisor, null, "530102"))
            .Append(new StaffUser("sup-530100", "昆明市督办员", StaffRole.Supervisor, null, "530100"))
            .Append(new StaffUser("sup-530000", "云南省督办员", StaffRole.Supervisor, null, "530000"))
            .Append(new StaffUser("admin", "系统管理员", StaffRole.Administrator, null, "530000"));

        var hash = hasher.HashPassword(password);
        foreach (var account in accounts.Where(a => !existing.Contains(a.Username)))
        {
            account.SetPasswordHash(hash);
            db.StaffUsers.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
