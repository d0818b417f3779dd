using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>
/// Monthly roll-ups of the daily snapshot, filled from the days already taken, and an index that
/// covers the statistics query over the applications (today's live figures and the nightly snapshot).
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122090000_MonthlyStatistics")]
public sealed class MonthlyStatistics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MonthlyStatistics",
            columns: table => new
            {
                Month = table.Column<DateOnly>(nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                ItemCode = table.Column<string>(maxLength: 48, nullable: false),
                CountyCode = table.Column<string>(maxLength: 6, nullable: false),
                Received = table.Column<int>(nullable: false),
                Accepted = table.Column<int>(nullable: false),
                Completed = table.Column<int>(nullable: false),
                CompletedOnTime = table.Column<int>(nullable: false),
                CompletedOnTimeExtended = table.Column<int>(nullable: false),
                WorkingDaysTaken = table.Column<int>(nullable: false),
                Through = table.Column<DateOnly>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MonthlyStatistics", x => new { x.Month, x.DepartmentCode, x.ItemCode, x.CountyCode }));
        var month = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? "CAST(date_trunc('month', \"Day\") AS date)"
            : "date(\"Day\", 'start of month')";
        migrationBuilder.Sql($"""
            INSERT INTO "MonthlyStatistics" ("Month", "DepartmentCode", "ItemCode", "CountyCode", "Received", "Accepted", "Completed",
                "CompletedOnTime", "CompletedOnTimeExtended", "WorkingDaysTaken", "Through")
            SELECT {month}, "DepartmentCode", "ItemCode", "CountyCode", SUM("Received"), SUM("Accepted"), SUM("Completed"),
                SUM("CompletedOnTime"), SUM("CompletedOnTimeExtended"), SUM("WorkingDaysTaken"), MAX("Day")
            FROM "DailyStatistics"
            GROUP BY {month}, "DepartmentCode", "ItemCode", "CountyCode"
            """);
        migrationBuilder.CreateIndex(
            name: "IX_Applications_Statistics",
            table: "Applications",
            columns: ["CompletedAt", "CountyCode", "DepartmentCode", "ItemCode", "SubmittedAt", "AcceptedAt", "DueDate", "CompletedOnTime", "ExtendedWorkingDays", "WorkingDaysTaken"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Applications_Statistics", table: "Applications");
        migrationBuilder.DropTable(name: "MonthlyStatistics");
    }
}
