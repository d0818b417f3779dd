using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>The documents an information request names, so the resident answers them one by one.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261124090000_StaffConsole")]
public sealed class StaffConsole : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "RequestedDocuments", table: "Applications", maxLength: 500, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "RequestedDocuments", table: "Applications");
}
