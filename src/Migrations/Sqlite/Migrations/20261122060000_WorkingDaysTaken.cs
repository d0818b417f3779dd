using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>Working days each decision took (pauses excluded), and their daily sum for the average in reports.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122060000_WorkingDaysTaken")]
public sealed class WorkingDaysTaken : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "WorkingDaysTaken", table: "Applications", nullable: true);
        migrationBuilder.AddColumn<int>(name: "WorkingDaysTaken", table: "DailyStatistics", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "WorkingDaysTaken", table: "Applications");
        migrationBuilder.DropColumn(name: "WorkingDaysTaken", table: "DailyStatistics");
    }
}
