using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>延期: working days granted by extensions, and the request waiting for a supervisor.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122040000_Extensions")]
public sealed class Extensions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "ExtendedWorkingDays", table: "Applications", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "PendingExtensionDays", table: "Applications", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PendingExtensionReason", table: "Applications", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "PendingExtensionRequestedAt", table: "Applications", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "ExtendedWorkingDays", table: "Applications");
        migrationBuilder.DropColumn(name: "PendingExtensionDays", table: "Applications");
        migrationBuilder.DropColumn(name: "PendingExtensionReason", table: "Applications");
        migrationBuilder.DropColumn(name: "PendingExtensionRequestedAt", table: "Applications");
    }
}
