using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>
/// Personal data encrypted at rest, found by blind indexes. A migration cannot encrypt (it has no keys):
/// rows written before this one are read as they are and rewritten encrypted, with their indexes, by the
/// <c>protect-personal-data</c> job. One-time codes (five minutes' life) and the development SMS outbox
/// are simply recreated, so no phone number survives in them.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122120000_PersonalDataProtection")]
public sealed class PersonalDataProtection : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OneTimeCodes");
        migrationBuilder.CreateTable(
            name: "OneTimeCodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PhoneIndex = table.Column<string>(maxLength: 64, nullable: false),
                Sequence = table.Column<int>(nullable: false, defaultValue: 0),
                CodeHash = table.Column<string>(maxLength: 128, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                ConsumedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OneTimeCodes", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_OneTimeCodes_PhoneIndex_Sequence", table: "OneTimeCodes", columns: ["PhoneIndex", "Sequence"], unique: true);

        migrationBuilder.DropTable(name: "DevSmsMessages");
        migrationBuilder.CreateTable(
            name: "DevSmsMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Phone = table.Column<string>(nullable: false),
                PhoneIndex = table.Column<string>(maxLength: 64, nullable: true),
                Text = table.Column<string>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DevSmsMessages", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_DevSmsMessages_PhoneIndex_SentAt", table: "DevSmsMessages", columns: ["PhoneIndex", "SentAt"]);

        migrationBuilder.DropIndex(name: "IX_Residents_Phone", table: "Residents");
        migrationBuilder.AddColumn<string>(name: "PhoneIndex", table: "Residents", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Residents_PhoneIndex", table: "Residents", column: "PhoneIndex", unique: true);

        migrationBuilder.AddColumn<string>(name: "ApplicantIdIndex", table: "Applications", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Applications_ApplicantIdIndex", table: "Applications", column: "ApplicantIdIndex");

        // SQLite does not enforce lengths; PostgreSQL's varchar(n) columns become text, since ciphertext is longer.
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Applications" ALTER COLUMN "ApplicantIdNumber" TYPE text, ALTER COLUMN "ApplicantPhone" TYPE text,
                    ALTER COLUMN "Description" TYPE text, ALTER COLUMN "OpenCaseKey" TYPE character varying(113);
                ALTER TABLE "ApplicationHistory" ALTER COLUMN "Reason" TYPE text;
                ALTER TABLE "Residents" ALTER COLUMN "Phone" TYPE text;
                ALTER TABLE "OutboxMessages" ALTER COLUMN "Recipient" TYPE text, ALTER COLUMN "Text" TYPE text;
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Personal data cannot be decrypted back into plain columns by a migration.");
}
