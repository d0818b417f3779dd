using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>Follow-ups of poor ratings (差评回访): due in five working days, chased by chase-follow-ups; the response is encrypted.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261123100000_RatingFollowUps")]
public sealed class RatingFollowUps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RatingFollowUps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                RatingId = table.Column<Guid>(nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                CountyCode = table.Column<string>(maxLength: 12, nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Response = table.Column<string>(nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
                ClosedBy = table.Column<Guid>(nullable: true),
                RemindedAt = table.Column<DateTime>(nullable: true),
                OverdueReportedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_RatingFollowUps", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_RatingFollowUps_ApplicationId", table: "RatingFollowUps", column: "ApplicationId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_RatingFollowUps_RatingId", table: "RatingFollowUps", column: "RatingId");
        migrationBuilder.CreateIndex(name: "IX_RatingFollowUps_DueDate", table: "RatingFollowUps", column: "DueDate");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "RatingFollowUps");
}
