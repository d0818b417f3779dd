using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>
/// Staff sign-in security (ADR 0013): lockout counting, one-time passwords and TOTP on staff accounts
/// (a concurrency token for them), and a session row per sign-in, resident or staff.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122110000_StaffSecurity")]
public sealed class StaffSecurity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "Version", table: "StaffUsers", nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.AddColumn<int>(name: "FailedSignInCount", table: "StaffUsers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "LockedUntil", table: "StaffUsers", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "MustChangePassword", table: "StaffUsers", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>(name: "PasswordChangedAt", table: "StaffUsers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "TotpSecret", table: "StaffUsers", maxLength: 128, nullable: true);
        migrationBuilder.AddColumn<string>(name: "TotpPendingSecret", table: "StaffUsers", maxLength: 128, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "TotpEnabledAt", table: "StaffUsers", nullable: true);
        migrationBuilder.AddColumn<long>(name: "TotpLastUsedStep", table: "StaffUsers", nullable: true);

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 16, nullable: false),
                Restriction = table.Column<string>(maxLength: 24, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                IdleMinutes = table.Column<int>(nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
                RevokedBecause = table.Column<string>(maxLength: 24, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Sessions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Sessions_SubjectId", table: "Sessions", column: "SubjectId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Sessions");
        foreach (var column in new[]
        {
            "Version", "FailedSignInCount", "LockedUntil", "MustChangePassword", "PasswordChangedAt",
            "TotpSecret", "TotpPendingSecret", "TotpEnabledAt", "TotpLastUsedStep",
        })
        {
            migrationBuilder.DropColumn(name: column, table: "StaffUsers");
        }
    }
}
