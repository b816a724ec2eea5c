using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyInviting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Expected",
                table: "SurveyMailings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Invited",
                table: "SurveyMailings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Inviting",
                table: "SurveyMailings",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Expected",
                table: "SurveyMailings");

            migrationBuilder.DropColumn(
                name: "Invited",
                table: "SurveyMailings");

            migrationBuilder.DropColumn(
                name: "Inviting",
                table: "SurveyMailings");
        }
    }
}
