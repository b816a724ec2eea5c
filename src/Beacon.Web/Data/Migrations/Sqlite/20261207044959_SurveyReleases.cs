using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CoachesSeeSchoolSurveyResults",
                table: "Districts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "SurveyReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minimum = table.Column<int>(type: "INTEGER", nullable: false),
                    Respondents = table.Column<int>(type: "INTEGER", nullable: false),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyReleases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyReleases_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyReleaseCells",
                columns: table => new
                {
                    ReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Respondents = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyReleaseCells", x => new { x.ReleaseId, x.SchoolId, x.RoleGroup });
                    table.ForeignKey(
                        name: "FK_SurveyReleaseCells_SurveyReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "SurveyReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyReleaseComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyReleaseComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyReleaseComments_SurveyReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "SurveyReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyReleaseFigures",
                columns: table => new
                {
                    ReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<long>(type: "INTEGER", nullable: false),
                    Chose1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Chose2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Chose3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Chose4 = table.Column<int>(type: "INTEGER", nullable: false),
                    Chose5 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyReleaseFigures", x => new { x.ReleaseId, x.SchoolId, x.RoleGroup, x.ItemId });
                    table.ForeignKey(
                        name: "FK_SurveyReleaseFigures_SurveyReleases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "SurveyReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleaseCells_DistrictId",
                table: "SurveyReleaseCells",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleaseComments_DistrictId",
                table: "SurveyReleaseComments",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleaseComments_ReleaseId_SchoolId_RoleGroup_Text",
                table: "SurveyReleaseComments",
                columns: new[] { "ReleaseId", "SchoolId", "RoleGroup", "Text" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleaseFigures_DistrictId",
                table: "SurveyReleaseFigures",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleases_DistrictId",
                table: "SurveyReleases",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyReleases_SurveyId_Number",
                table: "SurveyReleases",
                columns: new[] { "SurveyId", "Number" },
                unique: true);

            // Anonymous responses and answers carry no order: rebuilt as WITHOUT ROWID tables, their
            // rows are stored in the order of their random keys rather than of arrival (a rowid table
            // keeps insertion order). EF cannot say WITHOUT ROWID, so this is raw SQL, and a later
            // migration that rebuilds either table must keep it (SurveyStorageTests checks).
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_SurveyResponses" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyResponses" PRIMARY KEY,
                    "DistrictId" TEXT NOT NULL,
                    "SurveyId" TEXT NOT NULL,
                    "SchoolId" TEXT NOT NULL,
                    "RoleGroup" TEXT NOT NULL,
                    "Comment" TEXT NULL,
                    CONSTRAINT "FK_SurveyResponses_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_SurveyResponses" ("Id", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Comment")
                    SELECT "Id", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Comment" FROM "SurveyResponses" ORDER BY "Id";
                CREATE TABLE "ef_temp_SurveyAnswers" (
                    "ResponseId" TEXT NOT NULL,
                    "ItemId" TEXT NOT NULL,
                    "DistrictId" TEXT NOT NULL,
                    "SurveyId" TEXT NOT NULL,
                    "SchoolId" TEXT NOT NULL,
                    "RoleGroup" TEXT NOT NULL,
                    "Value" INTEGER NOT NULL,
                    CONSTRAINT "PK_SurveyAnswers" PRIMARY KEY ("ResponseId", "ItemId"),
                    CONSTRAINT "FK_SurveyAnswers_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "SurveyResponses" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_SurveyAnswers" ("ResponseId", "ItemId", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Value")
                    SELECT "ResponseId", "ItemId", "DistrictId", "SurveyId", "SchoolId", "RoleGroup", "Value" FROM "SurveyAnswers" ORDER BY "ResponseId", "ItemId";
                DROP TABLE "SurveyAnswers";
                DROP TABLE "SurveyResponses";
                ALTER TABLE "ef_temp_SurveyResponses" RENAME TO "SurveyResponses";
                ALTER TABLE "ef_temp_SurveyAnswers" RENAME TO "SurveyAnswers";
                CREATE INDEX "IX_SurveyResponses_DistrictId" ON "SurveyResponses" ("DistrictId");
                CREATE INDEX "IX_SurveyResponses_DistrictId_SurveyId_SchoolId_RoleGroup" ON "SurveyResponses" ("DistrictId", "SurveyId", "SchoolId", "RoleGroup");
                CREATE INDEX "IX_SurveyResponses_SurveyId" ON "SurveyResponses" ("SurveyId");
                CREATE INDEX "IX_SurveyAnswers_DistrictId" ON "SurveyAnswers" ("DistrictId");
                CREATE INDEX "IX_SurveyAnswers_DistrictId_SurveyId_SchoolId_RoleGroup_ItemId_Value" ON "SurveyAnswers" ("DistrictId", "SurveyId", "SchoolId", "RoleGroup", "ItemId", "Value");
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyReleaseCells");

            migrationBuilder.DropTable(
                name: "SurveyReleaseComments");

            migrationBuilder.DropTable(
                name: "SurveyReleaseFigures");

            migrationBuilder.DropTable(
                name: "SurveyReleases");

            migrationBuilder.DropColumn(
                name: "CoachesSeeSchoolSurveyResults",
                table: "Districts");
        }
    }
}
