using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "SurveyReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minimum = table.Column<int>(type: "integer", nullable: false),
                    Respondents = table.Column<int>(type: "integer", nullable: false),
                    Final = table.Column<bool>(type: "boolean", nullable: false)
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
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondents = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
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
