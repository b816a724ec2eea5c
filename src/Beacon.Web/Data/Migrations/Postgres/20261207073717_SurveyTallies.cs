using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyCellTallies",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCellTallies", x => new { x.SurveyId, x.SchoolId, x.RoleGroup });
                    table.ForeignKey(
                        name: "FK_SurveyCellTallies_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyItemTallies",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Sum = table.Column<long>(type: "bigint", nullable: false),
                    Chose1 = table.Column<int>(type: "integer", nullable: false),
                    Chose2 = table.Column<int>(type: "integer", nullable: false),
                    Chose3 = table.Column<int>(type: "integer", nullable: false),
                    Chose4 = table.Column<int>(type: "integer", nullable: false),
                    Chose5 = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyItemTallies", x => new { x.SurveyId, x.SchoolId, x.RoleGroup, x.ItemId });
                    table.ForeignKey(
                        name: "FK_SurveyItemTallies_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCellTallies_DistrictId",
                table: "SurveyCellTallies",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyItemTallies_DistrictId",
                table: "SurveyItemTallies",
                column: "DistrictId");

            // Surveys answered before this migration: their tallies from the answers already stored.
            migrationBuilder.Sql("""
                INSERT INTO "SurveyItemTallies" ("SurveyId", "SchoolId", "RoleGroup", "ItemId", "DistrictId", "Count", "Sum", "Chose1", "Chose2", "Chose3", "Chose4", "Chose5")
                SELECT "SurveyId", "SchoolId", "RoleGroup", "ItemId", "DistrictId", COUNT(*), SUM("Value"),
                       SUM(CASE WHEN "Value" = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN "Value" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "Value" = 3 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN "Value" = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN "Value" = 5 THEN 1 ELSE 0 END)
                FROM "SurveyAnswers" GROUP BY "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "ItemId";
                INSERT INTO "SurveyCellTallies" ("SurveyId", "SchoolId", "RoleGroup", "DistrictId", "Respondents")
                SELECT "SurveyId", "SchoolId", "RoleGroup", "DistrictId", COUNT(*)
                FROM "SurveyResponses" GROUP BY "DistrictId", "SurveyId", "SchoolId", "RoleGroup";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyCellTallies");

            migrationBuilder.DropTable(
                name: "SurveyItemTallies");
        }
    }
}
