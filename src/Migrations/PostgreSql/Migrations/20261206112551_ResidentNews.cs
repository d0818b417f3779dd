using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ResidentNews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApplicationId",
                table: "StaffNotifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AudienceStaffId",
                table: "StaffNotifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidentNews",
                table: "Applications",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApplicationId",
                table: "StaffNotifications");

            migrationBuilder.DropColumn(
                name: "AudienceStaffId",
                table: "StaffNotifications");

            migrationBuilder.DropColumn(
                name: "ResidentNews",
                table: "Applications");
        }
    }
}
