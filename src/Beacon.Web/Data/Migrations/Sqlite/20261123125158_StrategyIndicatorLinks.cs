using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrategyIndicatorLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Links made before strategies were tied to real indicators point at nothing; drop them so the key can hold.
            migrationBuilder.Sql("DELETE FROM \"StrategyIndicators\" WHERE \"IndicatorId\" NOT IN (SELECT \"Id\" FROM \"Indicators\");");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIndicators_IndicatorId",
                table: "StrategyIndicators",
                column: "IndicatorId");

            migrationBuilder.AddForeignKey(
                name: "FK_StrategyIndicators_Indicators_IndicatorId",
                table: "StrategyIndicators",
                column: "IndicatorId",
                principalTable: "Indicators",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StrategyIndicators_Indicators_IndicatorId",
                table: "StrategyIndicators");

            migrationBuilder.DropIndex(
                name: "IX_StrategyIndicators_IndicatorId",
                table: "StrategyIndicators");
        }
    }
}
