using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>The hash-chained audit trail and its head row (sequence 0, the genesis hash).</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122100000_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<Guid>(nullable: true),
                ActorRole = table.Column<string>(maxLength: 20, nullable: false),
                Action = table.Column<string>(maxLength: 64, nullable: false),
                ObjectType = table.Column<string>(maxLength: 32, nullable: true),
                ObjectId = table.Column<string>(maxLength: 64, nullable: true),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
                ClientAddress = table.Column<string>(maxLength: 64, nullable: true),
                Detail = table.Column<string>(maxLength: 500, nullable: true),
                PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditRecords", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AuditRecords_Sequence", table: "AuditRecords", column: "Sequence", unique: true);
        migrationBuilder.CreateIndex(name: "IX_AuditRecords_ObjectType_ObjectId", table: "AuditRecords", columns: ["ObjectType", "ObjectId"]);
        migrationBuilder.CreateIndex(name: "IX_AuditRecords_OccurredAt", table: "AuditRecords", column: "OccurredAt");

        migrationBuilder.CreateTable(
            name: "AuditChainHead",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditChainHead", x => x.Id));
        migrationBuilder.Sql($"INSERT INTO \"AuditChainHead\" (\"Id\", \"Sequence\", \"Hash\") VALUES (1, 0, '{new string('0', 64)}')");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditChainHead");
        migrationBuilder.DropTable(name: "AuditRecords");
    }
}
