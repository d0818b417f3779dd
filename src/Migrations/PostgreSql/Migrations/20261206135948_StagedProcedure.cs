using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StagedProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The items of a catalog seeded before stages have none: an empty JSON list, which the seeder can read.
            migrationBuilder.AddColumn<string>(
                name: "Stages",
                table: "ServiceItems",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeEndsOn",
                table: "Applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OpenObjections",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProposedBenefit",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RecommendedApproval",
                table: "Applications",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StageDueDate",
                table: "Applications",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "StageKey",
                table: "Applications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StageKind",
                table: "Applications",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StageOffice",
                table: "Applications",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StageOfficeRegionCode",
                table: "Applications",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "StagePausedWorkingDays",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StageSequence",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "StageStartedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<bool>(
                name: "Staged",
                table: "Applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "VisitedInStage",
                table: "Applications",
                type: "integer",
                nullable: true);

            // Cases from before stages carry on as one-stage cases: acceptance while submitted, else the decision, at the county.
            migrationBuilder.Sql("""
                UPDATE "Applications" SET
                    "StageKey" = CASE WHEN "AcceptedAt" IS NULL THEN 'acceptance' ELSE 'decision' END,
                    "StageKind" = CASE WHEN "AcceptedAt" IS NULL THEN 'Acceptance' ELSE 'Decision' END,
                    "StageOffice" = 'County',
                    "StageOfficeRegionCode" = "CountyCode",
                    "StageSequence" = CASE WHEN "AcceptedAt" IS NULL THEN 1 ELSE 2 END,
                    "StageStartedAt" = COALESCE("AcceptedAt", "SubmittedAt"),
                    "StageDueDate" = "DueDate"
                """);

            // The defaults only filled the rows above: the model declares none, and every new row is written whole.
            migrationBuilder.Sql("""
                ALTER TABLE "Applications"
                    ALTER COLUMN "OpenObjections" DROP DEFAULT, ALTER COLUMN "StageDueDate" DROP DEFAULT,
                    ALTER COLUMN "StageKey" DROP DEFAULT, ALTER COLUMN "StageKind" DROP DEFAULT,
                    ALTER COLUMN "StageOffice" DROP DEFAULT, ALTER COLUMN "StageOfficeRegionCode" DROP DEFAULT,
                    ALTER COLUMN "StagePausedWorkingDays" DROP DEFAULT, ALTER COLUMN "StageSequence" DROP DEFAULT,
                    ALTER COLUMN "StageStartedAt" DROP DEFAULT, ALTER COLUMN "Staged" DROP DEFAULT;
                ALTER TABLE "ServiceItems" ALTER COLUMN "Stages" DROP DEFAULT;
                """);

            migrationBuilder.CreateTable(
                name: "ApplicationStages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Office = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OfficeRegionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false),
                    WorkingDaysTaken = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationStages_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageSequence = table.Column<int>(type: "integer", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HouseholdSize = table.Column<int>(type: "integer", nullable: false),
                    MembersUnableToWork = table.Column<int>(type: "integer", nullable: false),
                    MonthlyIncomeYuan = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Housing = table.Column<string>(type: "text", nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    MeansCheck = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeVisits_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageSequence = table.Column<int>(type: "integer", nullable: false),
                    PlaceCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    MaskedName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    HouseholdSize = table.Column<int>(type: "integer", nullable: false),
                    ProposedHelp = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicNotices_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Contact = table.Column<string>(type: "text", nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    Resolution = table.Column<string>(type: "text", nullable: true),
                    ResolvedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeObjections_PublicNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "PublicNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DepartmentCode_StageOfficeRegionCode_Status_St~",
                table: "Applications",
                columns: new[] { "DepartmentCode", "StageOfficeRegionCode", "Status", "StageDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStages_ApplicationId_Sequence",
                table: "ApplicationStages",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationStages_EndedAt_CountyCode_DepartmentCode",
                table: "ApplicationStages",
                columns: new[] { "EndedAt", "CountyCode", "DepartmentCode" });

            migrationBuilder.CreateIndex(
                name: "IX_HomeVisits_ApplicationId",
                table: "HomeVisits",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeObjections_ApplicationId",
                table: "NoticeObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeObjections_NoticeId",
                table: "NoticeObjections",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicNotices_ApplicationId",
                table: "PublicNotices",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicNotices_PlaceCode_EndsOn",
                table: "PublicNotices",
                columns: new[] { "PlaceCode", "EndsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationStages");

            migrationBuilder.DropTable(
                name: "HomeVisits");

            migrationBuilder.DropTable(
                name: "NoticeObjections");

            migrationBuilder.DropTable(
                name: "PublicNotices");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DepartmentCode_StageOfficeRegionCode_Status_St~",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Stages",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "NoticeEndsOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "OpenObjections",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ProposedBenefit",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "RecommendedApproval",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageDueDate",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageKind",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageOffice",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageOfficeRegionCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StagePausedWorkingDays",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageSequence",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageStartedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Staged",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VisitedInStage",
                table: "Applications");
        }
    }
}
