using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PlaceCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CountyCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PhoneIndex = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FiledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ItemCode = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: true),
                    DepartmentCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Reply = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HandledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
