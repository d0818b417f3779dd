using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>督办 notes on applications, and the note a caseworker's notification is about.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122070000_SupervisionNotes")]
public sealed class SupervisionNotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SupervisionNotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                SupervisorId = table.Column<Guid>(nullable: false),
                SupervisorUsername = table.Column<string>(maxLength: 64, nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: false),
                Deadline = table.Column<DateOnly>(nullable: false),
                IssuedAt = table.Column<DateTime>(nullable: false),
                ClosedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SupervisionNotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_SupervisionNotes_Applications_ApplicationId",
                    column: x => x.ApplicationId,
                    principalTable: "Applications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SupervisionNotes_ApplicationId", table: "SupervisionNotes", column: "ApplicationId");
        migrationBuilder.AddColumn<Guid>(name: "SupervisionNoteId", table: "StaffNotifications", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "SupervisionNoteId", table: "StaffNotifications");
        migrationBuilder.DropTable(name: "SupervisionNotes");
    }
}
