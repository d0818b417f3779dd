using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.PostgreSql.Migrations;

/// <summary>
/// 政府找 (issue 9): the household register with its members (ID numbers encrypted), each change of
/// warning level with its rule, and the yearly, per-region thresholds the rules compare with.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122130000_Monitoring")]
public sealed class Monitoring : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Households",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                HeadName = table.Column<string>(maxLength: 50, nullable: false),
                PerCapitaIncome = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                UnavoidableSpending = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                Hardships = table.Column<int>(nullable: false),
                FormerlyPoor = table.Column<bool>(nullable: false),
                Level = table.Column<int>(nullable: false),
                Groups = table.Column<int>(nullable: false),
                LevelRuleId = table.Column<string>(maxLength: 64, nullable: true),
                ThresholdsKey = table.Column<string>(maxLength: 32, nullable: false),
                EvaluatedAt = table.Column<DateTime>(nullable: true),
                RegisteredBy = table.Column<Guid>(nullable: false),
                RegisteredAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Households", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Households_RegionCode", table: "Households", column: "RegionCode");
        migrationBuilder.CreateIndex(name: "IX_Households_ThresholdsKey", table: "Households", column: "ThresholdsKey");

        migrationBuilder.CreateTable(
            name: "HouseholdMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 50, nullable: false),
                IdNumber = table.Column<string>(nullable: false),
                IdIndex = table.Column<string>(maxLength: 64, nullable: false),
                Relation = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HouseholdMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_HouseholdMembers_Households_HouseholdId", column: x => x.HouseholdId,
                    principalTable: "Households", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_HouseholdMembers_HouseholdId", table: "HouseholdMembers", column: "HouseholdId");
        migrationBuilder.CreateIndex(name: "IX_HouseholdMembers_IdIndex", table: "HouseholdMembers", column: "IdIndex");

        migrationBuilder.CreateTable(
            name: "HouseholdLevelChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                HouseholdId = table.Column<Guid>(nullable: false),
                FromLevel = table.Column<int>(nullable: true),
                ToLevel = table.Column<int>(nullable: false),
                FromGroups = table.Column<int>(nullable: false),
                ToGroups = table.Column<int>(nullable: false),
                RuleId = table.Column<string>(maxLength: 64, nullable: true),
                ThresholdsKey = table.Column<string>(maxLength: 32, nullable: false),
                ExplanationZh = table.Column<string>(maxLength: 500, nullable: false),
                ExplanationEn = table.Column<string>(maxLength: 500, nullable: false),
                ActorId = table.Column<Guid>(nullable: true),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HouseholdLevelChanges", x => x.Id);
                table.ForeignKey(
                    name: "FK_HouseholdLevelChanges_Households_HouseholdId", column: x => x.HouseholdId,
                    principalTable: "Households", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_HouseholdLevelChanges_HouseholdId", table: "HouseholdLevelChanges", column: "HouseholdId");
        migrationBuilder.CreateIndex(name: "IX_HouseholdLevelChanges_At", table: "HouseholdLevelChanges", column: "At");

        migrationBuilder.CreateTable(
            name: "MonitoringThresholds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                PovertyLine = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                WarningFactor = table.Column<decimal>(precision: 6, scale: 3, nullable: false),
                MonitoringLine = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                LargeSpendingLine = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                Revision = table.Column<int>(nullable: false),
                ChangedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MonitoringThresholds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_MonitoringThresholds_Year_RegionCode", table: "MonitoringThresholds", columns: ["Year", "RegionCode"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "HouseholdMembers");
        migrationBuilder.DropTable(name: "HouseholdLevelChanges");
        migrationBuilder.DropTable(name: "Households");
        migrationBuilder.DropTable(name: "MonitoringThresholds");
    }
}
