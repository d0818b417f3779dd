using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>
/// Numbers each phone's sign-in codes, unique per phone, so that concurrent requests for one phone
/// issue (and text) one code, not several. Codes already stored are numbered in the order they were made.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122101200_OneTimeCodeSequence")]
public sealed class OneTimeCodeSequence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_OneTimeCodes_Phone_CreatedAt", table: "OneTimeCodes");
        migrationBuilder.AddColumn<int>(name: "Sequence", table: "OneTimeCodes", nullable: false, defaultValue: 0);
        migrationBuilder.Sql("""
            UPDATE "OneTimeCodes" SET "Sequence" = (
                SELECT COUNT(*) FROM "OneTimeCodes" AS earlier
                WHERE earlier."Phone" = "OneTimeCodes"."Phone"
                  AND (earlier."CreatedAt" < "OneTimeCodes"."CreatedAt" OR (earlier."CreatedAt" = "OneTimeCodes"."CreatedAt" AND earlier."Id" <= "OneTimeCodes"."Id")))
            """);
        migrationBuilder.CreateIndex(name: "IX_OneTimeCodes_Phone_Sequence", table: "OneTimeCodes", columns: ["Phone", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_OneTimeCodes_Phone_Sequence", table: "OneTimeCodes");
        migrationBuilder.DropColumn(name: "Sequence", table: "OneTimeCodes");
        migrationBuilder.CreateIndex(name: "IX_OneTimeCodes_Phone_CreatedAt", table: "OneTimeCodes", columns: ["Phone", "CreatedAt"]);
    }
}
