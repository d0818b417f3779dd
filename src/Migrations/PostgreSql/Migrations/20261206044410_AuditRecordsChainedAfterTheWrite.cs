using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AuditRecordsChainedAfterTheWrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
