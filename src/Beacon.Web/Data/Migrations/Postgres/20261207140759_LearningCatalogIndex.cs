using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearningCatalogIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offerings_Status_Title",
                table: "Offerings");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_DistrictId_Status_Title_Id",
                table: "Offerings",
                columns: new[] { "DistrictId", "Status", "Title", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offerings_DistrictId_Status_Title_Id",
                table: "Offerings");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_Status_Title",
                table: "Offerings",
                columns: new[] { "Status", "Title" });
        }
    }
}
