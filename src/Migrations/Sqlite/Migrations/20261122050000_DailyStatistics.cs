using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>Whether each decision was on time, and the nightly statistics snapshot.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122050000_DailyStatistics")]
public sealed class DailyStatistics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "CompletedOnTime", table: "Applications", nullable: true);
        migrationBuilder.CreateTable(
            name: "DailyStatistics",
            columns: table => new
            {
                Day = table.Column<DateOnly>(nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                ItemCode = table.Column<string>(maxLength: 48, nullable: false),
                CountyCode = table.Column<string>(maxLength: 6, nullable: false),
                Received = table.Column<int>(nullable: false),
                Accepted = table.Column<int>(nullable: false),
                Completed = table.Column<int>(nullable: false),
                CompletedOnTime = table.Column<int>(nullable: false),
                CompletedOnTimeExtended = table.Column<int>(nullable: false),
                Open = table.Column<int>(nullable: false),
                Overdue = table.Column<int>(nullable: false),
                TakenAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DailyStatistics", x => new { x.Day, x.DepartmentCode, x.ItemCode, x.CountyCode }));
        migrationBuilder.CreateIndex(name: "IX_DailyStatistics_CountyCode_Day", table: "DailyStatistics", columns: ["CountyCode", "Day"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DailyStatistics");
        migrationBuilder.DropColumn(name: "CompletedOnTime", table: "Applications");
    }
}
