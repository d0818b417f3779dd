using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>Report exports: the record of every file handed out, and the queue of large ones.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122080000_ReportExports")]
public sealed class ReportExports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportExports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Report = table.Column<string>(maxLength: 32, nullable: false),
                Format = table.Column<string>(maxLength: 8, nullable: false),
                Parameters = table.Column<string>(maxLength: 200, nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                RequestedBy = table.Column<Guid>(nullable: false),
                RequestedAt = table.Column<DateTime>(nullable: false),
                AsOf = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                TotalRows = table.Column<long>(nullable: false),
                RowsWritten = table.Column<long>(nullable: false),
                FileName = table.Column<string>(maxLength: 100, nullable: true),
                FileSize = table.Column<long>(nullable: true),
                FileSha256 = table.Column<string>(maxLength: 64, nullable: true),
                ContentSha256 = table.Column<string>(maxLength: 64, nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                Error = table.Column<string>(maxLength: 500, nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ReportExports", x => x.Id));
        migrationBuilder.CreateIndex(
            name: "IX_ReportExports_RegionCode_Parameters_AsOf", table: "ReportExports", columns: ["RegionCode", "Parameters", "AsOf"]);
        migrationBuilder.CreateIndex(name: "IX_ReportExports_Status_RequestedAt", table: "ReportExports", columns: ["Status", "RequestedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ReportExports");
}
