using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearningSessionsByDistrict : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LearningSessions_OfferingId_StartsAt",
                table: "LearningSessions");

            migrationBuilder.CreateIndex(
                name: "IX_LearningSessions_DistrictId_OfferingId_StartsAt",
                table: "LearningSessions",
                columns: new[] { "DistrictId", "OfferingId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningSessions_OfferingId",
                table: "LearningSessions",
                column: "OfferingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LearningSessions_DistrictId_OfferingId_StartsAt",
                table: "LearningSessions");

            migrationBuilder.DropIndex(
                name: "IX_LearningSessions_OfferingId",
                table: "LearningSessions");

            migrationBuilder.CreateIndex(
                name: "IX_LearningSessions_OfferingId_StartsAt",
                table: "LearningSessions",
                columns: new[] { "OfferingId", "StartsAt" });
        }
    }
}
