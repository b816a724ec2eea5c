using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Mentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "Schools",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "Schools",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MentoringProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MenteeRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MenteeMaxYears = table.Column<int>(type: "integer", nullable: true),
                    MenteeMinSupportTier = table.Column<int>(type: "integer", nullable: false),
                    MentorMinYears = table.Column<int>(type: "integer", nullable: false),
                    MentorMinRating = table.Column<int>(type: "integer", nullable: true),
                    MentorTrainingRequired = table.Column<bool>(type: "boolean", nullable: false),
                    SameSubjectRequired = table.Column<bool>(type: "boolean", nullable: false),
                    SameGradeBandRequired = table.Column<bool>(type: "boolean", nullable: false),
                    MaxTravelKm = table.Column<double>(type: "double precision", nullable: true),
                    DefaultCapacity = table.Column<int>(type: "integer", nullable: false),
                    RequiredHours = table.Column<int>(type: "integer", nullable: false),
                    FocusAreas = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Milestones = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MatchDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchDecisions_MentoringProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MentoringProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchDecisions_StaffMembers_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchDecisions_StaffMembers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorPoolEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    TrainingCompleted = table.Column<bool>(type: "boolean", nullable: false),
                    Nominated = table.Column<bool>(type: "boolean", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorPoolEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorPoolEntries_MentoringProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MentoringProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorPoolEntries_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pairings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    FitPoints = table.Column<int>(type: "integer", nullable: false),
                    FitExplanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pairings_MentoringProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MentoringProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pairings_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pairings_StaffMembers_MenteeId",
                        column: x => x.MenteeId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pairings_StaffMembers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PairingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    Focus = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PrivateNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PrivateNextSteps = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PairingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingMilestones_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchDecisions_DistrictId",
                table: "MatchDecisions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchDecisions_MenteeId",
                table: "MatchDecisions",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchDecisions_MentorId",
                table: "MatchDecisions",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchDecisions_ProgrammeId_MenteeId_MentorId",
                table: "MatchDecisions",
                columns: new[] { "ProgrammeId", "MenteeId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringProgrammes_DistrictId",
                table: "MentoringProgrammes",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_DistrictId",
                table: "MentoringSessions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_PairingId",
                table: "MentoringSessions",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorPoolEntries_DistrictId",
                table: "MentorPoolEntries",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorPoolEntries_ProgrammeId_StaffMemberId",
                table: "MentorPoolEntries",
                columns: new[] { "ProgrammeId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorPoolEntries_StaffMemberId",
                table: "MentorPoolEntries",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingMilestones_DistrictId",
                table: "PairingMilestones",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingMilestones_PairingId",
                table: "PairingMilestones",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_DistrictId",
                table: "Pairings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_MenteeId",
                table: "Pairings",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_MentorId",
                table: "Pairings",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_ProgrammeId_MenteeId",
                table: "Pairings",
                columns: new[] { "ProgrammeId", "MenteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_SchoolId",
                table: "Pairings",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchDecisions");

            migrationBuilder.DropTable(
                name: "MentoringSessions");

            migrationBuilder.DropTable(
                name: "MentorPoolEntries");

            migrationBuilder.DropTable(
                name: "PairingMilestones");

            migrationBuilder.DropTable(
                name: "Pairings");

            migrationBuilder.DropTable(
                name: "MentoringProgrammes");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "Schools");
        }
    }
}
