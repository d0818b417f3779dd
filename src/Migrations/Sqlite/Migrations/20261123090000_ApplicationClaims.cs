using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>The caseworker who claimed an application from the department's queue, and when.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261123090000_ApplicationClaims")]
public sealed class ApplicationClaims : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "AssignedToStaffId", table: "Applications", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "AssignedAt", table: "Applications", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Applications_AssignedToStaffId", table: "Applications", column: "AssignedToStaffId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Applications_AssignedToStaffId", table: "Applications");
        migrationBuilder.DropColumn(name: "AssignedAt", table: "Applications");
        migrationBuilder.DropColumn(name: "AssignedToStaffId", table: "Applications");
    }
}
