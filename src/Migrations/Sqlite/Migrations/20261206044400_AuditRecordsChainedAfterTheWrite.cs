using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReliefPlatform.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
