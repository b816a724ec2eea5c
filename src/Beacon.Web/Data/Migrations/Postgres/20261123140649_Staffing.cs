using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Staffing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NeedIndexSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PovertyWeight = table.Column<double>(type: "double precision", nullable: false),
                    EnglishLearnerWeight = table.Column<double>(type: "double precision", nullable: false),
                    DisabilityWeight = table.Column<double>(type: "double precision", nullable: false),
                    ResultsWeight = table.Column<double>(type: "double precision", nullable: false),
                    ResultsMeasureId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedIndexSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeedIndexSettings_Measures_ResultsMeasureId",
                        column: x => x.ResultsMeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StaffingPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearId = table.Column<Guid>(type: "uuid", nullable: false),
                    PositionKind = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Vacancies = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: false),
                    ExtraPositions = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffingPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffingPositions_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffingPositions_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NeedIndexSettings_DistrictId",
                table: "NeedIndexSettings",
                column: "DistrictId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeedIndexSettings_ResultsMeasureId",
                table: "NeedIndexSettings",
                column: "ResultsMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingPositions_DistrictId",
                table: "StaffingPositions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingPositions_SchoolId",
                table: "StaffingPositions",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingPositions_SchoolYearId_SchoolId_PositionKind",
                table: "StaffingPositions",
                columns: new[] { "SchoolYearId", "SchoolId", "PositionKind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NeedIndexSettings");

            migrationBuilder.DropTable(
                name: "StaffingPositions");
        }
    }
}
