using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealNameAndLinkedFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerificationProvider",
                table: "Residents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationReference",
                table: "Residents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerifiedAt",
                table: "Residents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedIdIndex",
                table: "Residents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedIdNumber",
                table: "Residents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedName",
                table: "Residents",
                type: "TEXT",
                nullable: true);

            // Open cases keep "one per person and item" per account: the owner joins the key (ADR 0035).
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "OpenCaseKey" = "OpenCaseKey" || '|' || CASE WHEN "ResidentId" IS NULL THEN 'staff' ELSE lower(replace("ResidentId", '-', '')) END WHERE "OpenCaseKey" IS NOT NULL
                """);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfId",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FilerVerified",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Relationship",
                table: "Applications",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DuplicateOfId",
                table: "Applications",
                column: "DuplicateOfId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_DuplicateOfId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VerificationProvider",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "VerificationReference",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "VerifiedIdIndex",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "VerifiedIdNumber",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "VerifiedName",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FilerVerified",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Relationship",
                table: "Applications");
        }
    }
}
