using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanRemindersBudgetsAndPublicPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReminderEscalationDays",
                table: "Districts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ActionReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionReminders_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicPlanPages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShowGoals = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowMeasures = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowBudget = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicPlanPages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicPlanPages_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PublicPlanPages_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ActionCosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundingSourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionCosts_FundingSources_FundingSourceId",
                        column: x => x.FundingSourceId,
                        principalTable: "FundingSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionCosts_PlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionCosts_ActionId",
                table: "ActionCosts",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionCosts_DistrictId",
                table: "ActionCosts",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionCosts_FundingSourceId",
                table: "ActionCosts",
                column: "FundingSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionReminders_ActionId_Step",
                table: "ActionReminders",
                columns: new[] { "ActionId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionReminders_DistrictId",
                table: "ActionReminders",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingSources_DistrictId",
                table: "FundingSources",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingSources_DistrictId_Name",
                table: "FundingSources",
                columns: new[] { "DistrictId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicPlanPages_DistrictId",
                table: "PublicPlanPages",
                column: "DistrictId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicPlanPages_PlanId",
                table: "PublicPlanPages",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicPlanPages_SurveyId",
                table: "PublicPlanPages",
                column: "SurveyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionCosts");

            migrationBuilder.DropTable(
                name: "ActionReminders");

            migrationBuilder.DropTable(
                name: "PublicPlanPages");

            migrationBuilder.DropTable(
                name: "FundingSources");

            migrationBuilder.DropColumn(
                name: "ReminderEscalationDays",
                table: "Districts");
        }
    }
}
