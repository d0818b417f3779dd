using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditRecordsChainedAfterTheWrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords",
                column: "Sequence",
                unique: true,
                filter: "[Sequence] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Sequence",
                table: "AuditRecords",
                column: "Sequence",
                unique: true);
        }
    }
}
