using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "UrgentHelpAmount",
                table: "Applications",
                type: "decimal(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpDueAt",
                table: "Applications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentHelpKind",
                table: "Applications",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpRecordedAt",
                table: "Applications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentMarkedAt",
                table: "Applications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentMarkedBy",
                table: "Applications",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentPaperworkDueBefore",
                table: "Applications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UrgentPaperworkDueDate",
                table: "Applications",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UrgentAidAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    HoursLeft = table.Column<int>(type: "int", nullable: false),
                    DepartmentCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
