using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MentoringProposalsAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "PairingMilestones",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MatchProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    InputVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Result = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchProposals_MentoringProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MentoringProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairingMilestones_DueOn_MetOn",
                table: "PairingMilestones",
                columns: new[] { "DueOn", "MetOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_DistrictId",
                table: "MatchProposals",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchProposals_ProgrammeId",
                table: "MatchProposals",
                column: "ProgrammeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchProposals");

            migrationBuilder.DropIndex(
                name: "IX_PairingMilestones_DueOn_MetOn",
                table: "PairingMilestones");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "PairingMilestones");
        }
    }
}
