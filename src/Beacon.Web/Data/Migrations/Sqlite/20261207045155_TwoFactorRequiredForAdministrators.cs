using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TwoFactorRequiredForAdministrators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TwoFactorRequiredForAdministrators",
                table: "Districts",
                type: "INTEGER",
                nullable: false,
                // Existing districts get the requirement as new ones do (District.TwoFactorRequiredForAdministrators).
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TwoFactorRequiredForAdministrators",
                table: "Districts");
        }
    }
}
