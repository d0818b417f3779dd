using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ReliefPlatform.Migrations.PostgreSql.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "UrgentHelpAmount",
                table: "Applications",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpDueAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentHelpKind",
                table: "Applications",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentHelpRecordedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentMarkedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UrgentMarkedBy",
                table: "Applications",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UrgentPaperworkDueBefore",
                table: "Applications",
                type: "timestamp with time zone",
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    HoursLeft = table.Column<int>(type: "integer", nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
