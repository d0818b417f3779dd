using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>
/// What the resident's phone page needs: drafts (one per resident and item), uploaded attachments (the
/// bytes are files named by their SHA-256; rows say whose and for what), and 好差评 ratings. The
/// residents' own words (draft data, file names, comments) are encrypted columns without a length.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261123090000_ResidentPage")]
public sealed class ResidentPage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Drafts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                ItemCode = table.Column<string>(maxLength: 48, nullable: false),
                DataJson = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Drafts", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Drafts_ResidentId_ItemCode", table: "Drafts", columns: ["ResidentId", "ItemCode"], unique: true);

        migrationBuilder.CreateTable(
            name: "Attachments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                ItemCode = table.Column<string>(maxLength: 48, nullable: false),
                DocumentKey = table.Column<string>(maxLength: 64, nullable: true),
                ContentType = table.Column<string>(maxLength: 32, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                FileName = table.Column<string>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: true),
                Stage = table.Column<string>(maxLength: 16, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Attachments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Attachments_ResidentId_ApplicationId", table: "Attachments", columns: ["ResidentId", "ApplicationId"]);
        migrationBuilder.CreateIndex(name: "IX_Attachments_ApplicationId", table: "Attachments", column: "ApplicationId");

        migrationBuilder.CreateTable(
            name: "Ratings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                ResidentId = table.Column<Guid>(nullable: false),
                Score = table.Column<int>(nullable: false),
                Comment = table.Column<string>(nullable: true),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                RatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Ratings", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Ratings_ApplicationId", table: "Ratings", column: "ApplicationId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Ratings_DepartmentCode_RatedAt", table: "Ratings", columns: ["DepartmentCode", "RatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Ratings");
        migrationBuilder.DropTable(name: "Attachments");
        migrationBuilder.DropTable(name: "Drafts");
    }
}
