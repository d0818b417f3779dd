using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UrgentTrack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UrgentTrack",
                table: "ServiceItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "UrgentHelpAmount",
                table: "Applications",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpDueAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentHelpKind",
                table: "Applications",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpRecordedAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentMarkedAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentMarkedBy",
                table: "Applications",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentPaperworkDueBefore",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UrgentPaperworkDueDate",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UrgentAidAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HoursLeft = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentAidAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_UrgentHelpDueAt",
                table: "Applications",
                column: "UrgentHelpDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentAidAlerts_ApplicationId_Kind_HoursLeft",
                table: "UrgentAidAlerts",
                columns: new[] { "ApplicationId", "Kind", "HoursLeft" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UrgentAidAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Applications_UrgentHelpDueAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentTrack",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "UrgentHelpAmount",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentHelpDueAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentHelpKind",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentHelpRecordedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentMarkedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentMarkedBy",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentPaperworkDueBefore",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "UrgentPaperworkDueDate",
                table: "Applications");
        }
    }
}
