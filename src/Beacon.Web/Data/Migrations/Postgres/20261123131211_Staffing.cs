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

            migrationBuilder.CreateIndex(
                name: "IX_NeedIndexSettings_DistrictId",
                table: "NeedIndexSettings",
                column: "DistrictId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeedIndexSettings_ResultsMeasureId",
                table: "NeedIndexSettings",
                column: "ResultsMeasureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NeedIndexSettings");
        }
    }
}
