using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ReliefPlatform.Infrastructure.Persistence;

namespace ReliefPlatform.Migrations.Sqlite.Migrations;

/// <summary>
/// The first schema: catalog, calendar, accounts, applications with their history, idempotency records
/// and the development SMS outbox. Hand-written (ADR 0004); no column types are given, so each
/// provider maps the CLR types itself, and one migration serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(ReliefDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Departments",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Departments", x => x.Code));

        migrationBuilder.CreateTable(
            name: "ServiceItems",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 48, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                Need = table.Column<string>(maxLength: 16, nullable: false),
                TimeLimitWorkingDays = table.Column<int>(nullable: false),
                MaxExtensionWorkingDays = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 4000, nullable: false),
                WhoCanApply = table.Column<string>(maxLength: 2000, nullable: false),
                WhoCanApplyEn = table.Column<string>(maxLength: 4000, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Keywords = table.Column<string>(nullable: false),
                Fields = table.Column<string>(nullable: false),
                Documents = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ServiceItems", x => x.Code);
                table.ForeignKey(
                    name: "FK_ServiceItems_Departments_DepartmentCode",
                    column: x => x.DepartmentCode,
                    principalTable: "Departments",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CalendarDays",
            columns: table => new
            {
                Date = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CalendarDays", x => x.Date));

        migrationBuilder.CreateTable(
            name: "Residents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Phone = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Residents", x => x.Id));

        migrationBuilder.CreateTable(
            name: "OneTimeCodes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Phone = table.Column<string>(maxLength: 16, nullable: false),
                CodeHash = table.Column<string>(maxLength: 128, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                ConsumedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OneTimeCodes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "StaffUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Username = table.Column<string>(maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(maxLength: 50, nullable: false),
                PasswordHash = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 16, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: true),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                IsDisabled = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StaffUsers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Scope = table.Column<string>(maxLength: 64, nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                ResponseJson = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_IdempotencyRecords", x => x.Id));

        migrationBuilder.CreateTable(
            name: "DevSmsMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Phone = table.Column<string>(maxLength: 16, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DevSmsMessages", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Applications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrackingNumber = table.Column<string>(maxLength: 20, nullable: false),
                ItemCode = table.Column<string>(maxLength: 48, nullable: false),
                DepartmentCode = table.Column<string>(maxLength: 16, nullable: false),
                RegionCode = table.Column<string>(maxLength: 12, nullable: false),
                CountyCode = table.Column<string>(maxLength: 6, nullable: false),
                ApplicantName = table.Column<string>(maxLength: 50, nullable: false),
                ApplicantIdNumber = table.Column<string>(maxLength: 18, nullable: false),
                ApplicantPhone = table.Column<string>(maxLength: 16, nullable: false),
                AnswersJson = table.Column<string>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Channel = table.Column<string>(maxLength: 24, nullable: false),
                ResidentId = table.Column<Guid>(nullable: true),
                FiledByStaffId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 24, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                AcceptedAt = table.Column<DateTime>(nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                DueDate = table.Column<DateOnly>(nullable: false),
                PausedOn = table.Column<DateOnly>(nullable: true),
                PausedWorkingDays = table.Column<int>(nullable: false),
                DecisionReason = table.Column<string>(maxLength: 2000, nullable: true),
                Benefit = table.Column<string>(maxLength: 500, nullable: true),
                OpenCaseKey = table.Column<string>(maxLength: 67, nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Applications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ApplicationHistory",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Action = table.Column<string>(maxLength: 24, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ActorRole = table.Column<string>(maxLength: 24, nullable: false),
                ActorId = table.Column<Guid>(nullable: true),
                FromStatus = table.Column<string>(maxLength: 24, nullable: true),
                ToStatus = table.Column<string>(maxLength: 24, nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApplicationHistory", x => x.Id);
                table.ForeignKey(
                    name: "FK_ApplicationHistory_Applications_ApplicationId",
                    column: x => x.ApplicationId,
                    principalTable: "Applications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_ServiceItems_DepartmentCode", table: "ServiceItems", column: "DepartmentCode");
        migrationBuilder.CreateIndex(name: "IX_Residents_Phone", table: "Residents", column: "Phone", unique: true);
        migrationBuilder.CreateIndex(name: "IX_OneTimeCodes_Phone_CreatedAt", table: "OneTimeCodes", columns: ["Phone", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_StaffUsers_Username", table: "StaffUsers", column: "Username", unique: true);
        migrationBuilder.CreateIndex(name: "IX_IdempotencyRecords_Scope_Key", table: "IdempotencyRecords", columns: ["Scope", "Key"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_DevSmsMessages_Phone_SentAt", table: "DevSmsMessages", columns: ["Phone", "SentAt"]);
        migrationBuilder.CreateIndex(name: "IX_Applications_TrackingNumber", table: "Applications", column: "TrackingNumber", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Applications_OpenCaseKey", table: "Applications", column: "OpenCaseKey", unique: true);
        migrationBuilder.CreateIndex(
            name: "IX_Applications_DepartmentCode_CountyCode_Status_DueDate",
            table: "Applications",
            columns: ["DepartmentCode", "CountyCode", "Status", "DueDate"]);
        migrationBuilder.CreateIndex(name: "IX_Applications_ResidentId_SubmittedAt", table: "Applications", columns: ["ResidentId", "SubmittedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Applications_CountyCode_Status", table: "Applications", columns: ["CountyCode", "Status"]);
        migrationBuilder.CreateIndex(
            name: "IX_ApplicationHistory_ApplicationId_Sequence",
            table: "ApplicationHistory",
            columns: ["ApplicationId", "Sequence"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ApplicationHistory");
        migrationBuilder.DropTable(name: "Applications");
        migrationBuilder.DropTable(name: "DevSmsMessages");
        migrationBuilder.DropTable(name: "IdempotencyRecords");
        migrationBuilder.DropTable(name: "StaffUsers");
        migrationBuilder.DropTable(name: "OneTimeCodes");
        migrationBuilder.DropTable(name: "Residents");
        migrationBuilder.DropTable(name: "CalendarDays");
        migrationBuilder.DropTable(name: "ServiceItems");
        migrationBuilder.DropTable(name: "Departments");
    }
}
