using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxGoalsPerPlan",
                table: "Districts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DistrictPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: false),
                    Mission = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Vision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_DistrictPlanId",
                        column: x => x.DistrictPlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DistrictGoalId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoals_PlanGoals_DistrictGoalId",
                        column: x => x.DistrictGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedOffByUserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    MetricMeasureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Baseline = table.Column<double>(type: "REAL", nullable: true),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMeasures_Measures_MetricMeasureId",
                        column: x => x.MetricMeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanMeasures_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategies_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Strategies_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalReviews_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalReviews_ProgressReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "ProgressReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanMeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    EnteredActual = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureYears_PlanMeasures_PlanMeasureId",
                        column: x => x.PlanMeasureId,
                        principalTable: "PlanMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    FundingSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanActions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanActions_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StrategyIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyIndicators_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalReviews_DistrictId",
                table: "GoalReviews",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalReviews_GoalId",
                table: "GoalReviews",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalReviews_ReviewId_GoalId",
                table: "GoalReviews",
                columns: new[] { "ReviewId", "GoalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureYears_DistrictId",
                table: "MeasureYears",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureYears_PlanMeasureId_Year",
                table: "MeasureYears",
                columns: new[] { "PlanMeasureId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_DistrictId",
                table: "PlanActions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_OwnerUserId",
                table: "PlanActions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_PlanId_DueOn",
                table: "PlanActions",
                columns: new[] { "PlanId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_StrategyId",
                table: "PlanActions",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_DistrictGoalId",
                table: "PlanGoals",
                column: "DistrictGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_DistrictId",
                table: "PlanGoals",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_PlanId_Position",
                table: "PlanGoals",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_DistrictId",
                table: "PlanMeasures",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_GoalId",
                table: "PlanMeasures",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_MetricMeasureId",
                table: "PlanMeasures",
                column: "MetricMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_DistrictId",
                table: "Plans",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_DistrictId_SchoolId_StartYear",
                table: "Plans",
                columns: new[] { "DistrictId", "SchoolId", "StartYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_DistrictPlanId",
                table: "Plans",
                column: "DistrictPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_SchoolId",
                table: "Plans",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReviews_DistrictId",
                table: "ProgressReviews",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReviews_PlanId_Year_Quarter",
                table: "ProgressReviews",
                columns: new[] { "PlanId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_DistrictId",
                table: "Strategies",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_GoalId",
                table: "Strategies",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_PlanId",
                table: "Strategies",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIndicators_DistrictId",
                table: "StrategyIndicators",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIndicators_StrategyId_IndicatorId",
                table: "StrategyIndicators",
                columns: new[] { "StrategyId", "IndicatorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalReviews");

            migrationBuilder.DropTable(
                name: "MeasureYears");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "StrategyIndicators");

            migrationBuilder.DropTable(
                name: "ProgressReviews");

            migrationBuilder.DropTable(
                name: "PlanMeasures");

            migrationBuilder.DropTable(
                name: "Strategies");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropColumn(
                name: "MaxGoalsPerPlan",
                table: "Districts");
        }
    }
}
