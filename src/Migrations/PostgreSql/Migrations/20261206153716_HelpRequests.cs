using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HelpRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HelpRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    PlaceCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: false),
                    PhoneIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    FiledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Reply = table.Column<string>(type: "text", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_CountyCode_Status_DueDate",
                table: "HelpRequests",
                columns: new[] { "CountyCode", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_PhoneIndex",
                table: "HelpRequests",
                column: "PhoneIndex");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_ResidentId",
                table: "HelpRequests",
                column: "ResidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpRequests");
        }
    }
}
