using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    PlaceCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
