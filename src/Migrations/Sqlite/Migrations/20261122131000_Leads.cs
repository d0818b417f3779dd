using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>线索: leads raised by officials, due for a decision in 15 days, chased by the chase-leads job.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122131000_Leads")]
public sealed class Leads : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Leads",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                Subject = table.Column<string>(maxLength: 500, nullable: false),
                HouseholdId = table.Column<Guid>(nullable: true),
                RaisedBy = table.Column<Guid>(nullable: false),
                RaisedAt = table.Column<DateTime>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Decision = table.Column<string>(maxLength: 16, nullable: true),
                DecisionReason = table.Column<string>(maxLength: 500, nullable: true),
                NoticeFrom = table.Column<DateOnly>(nullable: true),
                DecidedAt = table.Column<DateTime>(nullable: true),
                DecidedBy = table.Column<Guid>(nullable: true),
                RemindedAt = table.Column<DateTime>(nullable: true),
                OverdueReportedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Leads", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Leads_RegionCode_DueDate", table: "Leads", columns: ["RegionCode", "DueDate"]);
        migrationBuilder.CreateIndex(name: "IX_Leads_DueDate", table: "Leads", column: "DueDate");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Leads");
}
