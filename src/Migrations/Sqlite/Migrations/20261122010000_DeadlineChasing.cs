using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>Deadline events (one per application, stage and due date), staff notifications and job runs.</summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122010000_DeadlineChasing")]
public sealed class DeadlineChasing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DeadlineEvents",
            columns: table => new
            {
                Id = Identity(table),
                ApplicationId = table.Column<Guid>(nullable: false),
                Stage = table.Column<string>(maxLength: 16, nullable: false),
                Phase = table.Column<string>(maxLength: 16, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                CountyCode = table.Column<string>(maxLength: 6, nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DeadlineEvents", x => x.Id));

        migrationBuilder.CreateTable(
            name: "StaffNotifications",
            columns: table => new
            {
                Id = Identity(table),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                AudienceRole = table.Column<string>(maxLength: 16, nullable: false),
                AudienceDepartmentCode = table.Column<string>(maxLength: 16, nullable: true),
                AudienceRegionCode = table.Column<string>(maxLength: 12, nullable: false),
                Count = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StaffNotifications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "StaffNotificationReads",
            columns: table => new
            {
                NotificationId = table.Column<long>(nullable: false),
                StaffId = table.Column<Guid>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StaffNotificationReads", x => new { x.NotificationId, x.StaffId });
                table.ForeignKey(
                    name: "FK_StaffNotificationReads_StaffNotifications_NotificationId",
                    column: x => x.NotificationId,
                    principalTable: "StaffNotifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = Identity(table),
                JobName = table.Column<string>(maxLength: 64, nullable: false),
                Node = table.Column<string>(maxLength: 128, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
                Summary = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobRuns", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_DeadlineEvents_ApplicationId_Stage_DueDate",
            table: "DeadlineEvents",
            columns: ["ApplicationId", "Stage", "DueDate"],
            unique: true);
        migrationBuilder.CreateIndex(name: "IX_DeadlineEvents_OccurredAt_Stage", table: "DeadlineEvents", columns: ["OccurredAt", "Stage"]);
        migrationBuilder.CreateIndex(
            name: "IX_StaffNotifications_AudienceRole_AudienceRegionCode_CreatedAt",
            table: "StaffNotifications",
            columns: ["AudienceRole", "AudienceRegionCode", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_JobRuns_JobName_Id", table: "JobRuns", columns: ["JobName", "Id"]);

        // The sweep selects open applications by due-date range across every county and department.
        migrationBuilder.CreateIndex(name: "IX_Applications_Status_DueDate", table: "Applications", columns: ["Status", "DueDate"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Applications_Status_DueDate", table: "Applications");
        migrationBuilder.DropTable(name: "StaffNotificationReads");
        migrationBuilder.DropTable(name: "StaffNotifications");
        migrationBuilder.DropTable(name: "DeadlineEvents");
        migrationBuilder.DropTable(name: "JobRuns");
    }

    // A database-generated key on both providers: set-based inserts need no ids from the application.
    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
