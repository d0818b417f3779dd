using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>The audit of holiday-calendar changes made by administrators.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122020000_CalendarRevisions")]
public sealed class CalendarRevisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CalendarRevisions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Year = table.Column<int>(nullable: false),
                ChangedBy = table.Column<Guid>(nullable: false),
                ChangedAt = table.Column<DateTime>(nullable: false),
                Holidays = table.Column<string>(maxLength: 2000, nullable: false),
                Workdays = table.Column<string>(maxLength: 1000, nullable: false),
                Rescheduled = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CalendarRevisions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_CalendarRevisions_Year_Id", table: "CalendarRevisions", columns: ["Year", "Id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "CalendarRevisions");
}
