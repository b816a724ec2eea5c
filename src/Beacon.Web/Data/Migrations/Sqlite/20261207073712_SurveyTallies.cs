using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID, like the responses and answers (see Features/Surveys/README.md): rows live in
            // key order, while a rowid would number the cells in the order of their first answer.
            // EF Core cannot declare it, hence the raw SQL; the model (snapshot) is what CreateTable would make.
            migrationBuilder.Sql("""
                CREATE TABLE "SurveyCellTallies" (
                    "SurveyId" TEXT NOT NULL,
                    "SchoolId" TEXT NOT NULL,
                    "RoleGroup" TEXT NOT NULL,
                    "DistrictId" TEXT NOT NULL,
                    "Respondents" INTEGER NOT NULL,
                    CONSTRAINT "PK_SurveyCellTallies" PRIMARY KEY ("SurveyId", "SchoolId", "RoleGroup"),
                    CONSTRAINT "FK_SurveyCellTallies_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE TABLE "SurveyItemTallies" (
                    "SurveyId" TEXT NOT NULL,
                    "SchoolId" TEXT NOT NULL,
                    "RoleGroup" TEXT NOT NULL,
                    "ItemId" TEXT NOT NULL,
                    "DistrictId" TEXT NOT NULL,
                    "Count" INTEGER NOT NULL,
                    "Sum" INTEGER NOT NULL,
                    "Chose1" INTEGER NOT NULL,
                    "Chose2" INTEGER NOT NULL,
                    "Chose3" INTEGER NOT NULL,
                    "Chose4" INTEGER NOT NULL,
                    "Chose5" INTEGER NOT NULL,
                    CONSTRAINT "PK_SurveyItemTallies" PRIMARY KEY ("SurveyId", "SchoolId", "RoleGroup", "ItemId"),
                    CONSTRAINT "FK_SurveyItemTallies_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);

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
