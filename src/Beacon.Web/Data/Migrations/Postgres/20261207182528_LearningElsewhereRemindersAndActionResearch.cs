using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearningElsewhereRemindersAndActionResearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReminderHours",
                table: "LearningSettings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExternalLearning",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalLearning", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResearchProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Context = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Method = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Data = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Implications = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Subject = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    GradeBand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SessionReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionReminders_LearningSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LearningSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionReminders_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ExternalCredits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalLearningId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalCredits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExternalCredits_CreditTypes_CreditTypeId",
                        column: x => x.CreditTypeId,
                        principalTable: "CreditTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExternalCredits_ExternalLearning_ExternalLearningId",
                        column: x => x.ExternalLearningId,
                        principalTable: "ExternalLearning",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchAttachments_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchComments_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchComments_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanGoalId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchGoals_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchGoals_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchIndicators_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchMembers_ResearchProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "ResearchProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchMembers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ResearchMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalCredits_CreditTypeId",
                table: "ExternalCredits",
                column: "CreditTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalCredits_DistrictId",
                table: "ExternalCredits",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalCredits_ExternalLearningId_CreditTypeId",
                table: "ExternalCredits",
                columns: new[] { "ExternalLearningId", "CreditTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExternalLearning_DistrictId",
                table: "ExternalLearning",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalLearning_DistrictId_Status_CreatedAt",
                table: "ExternalLearning",
                columns: new[] { "DistrictId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalLearning_DistrictId_UserId_Status",
                table: "ExternalLearning",
                columns: new[] { "DistrictId", "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchAttachments_DistrictId",
                table: "ResearchAttachments",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchAttachments_ProjectId",
                table: "ResearchAttachments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchComments_DistrictId",
                table: "ResearchComments",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchComments_ProjectId",
                table: "ResearchComments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchComments_StaffMemberId",
                table: "ResearchComments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchGoals_DistrictId",
                table: "ResearchGoals",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchGoals_PlanGoalId",
                table: "ResearchGoals",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchGoals_ProjectId_PlanGoalId",
                table: "ResearchGoals",
                columns: new[] { "ProjectId", "PlanGoalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchIndicators_DistrictId",
                table: "ResearchIndicators",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchIndicators_IndicatorId",
                table: "ResearchIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchIndicators_ProjectId_IndicatorId",
                table: "ResearchIndicators",
                columns: new[] { "ProjectId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchMembers_DistrictId",
                table: "ResearchMembers",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchMembers_ProjectId_StaffMemberId",
                table: "ResearchMembers",
                columns: new[] { "ProjectId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchMembers_SchoolId",
                table: "ResearchMembers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchMembers_StaffMemberId_Role",
                table: "ResearchMembers",
                columns: new[] { "StaffMemberId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_DistrictId",
                table: "ResearchProjects",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchProjects_DistrictId_Stage_PublishedOn",
                table: "ResearchProjects",
                columns: new[] { "DistrictId", "Stage", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionReminders_DistrictId",
                table: "SessionReminders",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionReminders_RegistrationId",
                table: "SessionReminders",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionReminders_SessionId_RegistrationId",
                table: "SessionReminders",
                columns: new[] { "SessionId", "RegistrationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExternalCredits");

            migrationBuilder.DropTable(
                name: "ResearchAttachments");

            migrationBuilder.DropTable(
                name: "ResearchComments");

            migrationBuilder.DropTable(
                name: "ResearchGoals");

            migrationBuilder.DropTable(
                name: "ResearchIndicators");

            migrationBuilder.DropTable(
                name: "ResearchMembers");

            migrationBuilder.DropTable(
                name: "SessionReminders");

            migrationBuilder.DropTable(
                name: "ExternalLearning");

            migrationBuilder.DropTable(
                name: "ResearchProjects");

            migrationBuilder.DropColumn(
                name: "ReminderHours",
                table: "LearningSettings");
        }
    }
}
