using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Support : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Clusters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    JointPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExchangeDaysAllowed = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeasureWeights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureWeights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureWeights_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportingSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportedSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreasOfNeed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Partnerships_Schools_SupportedSchoolId",
                        column: x => x.SupportedSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Partnerships_Schools_SupportingSchoolId",
                        column: x => x.SupportingSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SchoolFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    YearName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolFlags_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Threshold = table.Column<double>(type: "double precision", nullable: true),
                    DeclineYears = table.Column<int>(type: "integer", nullable: false),
                    BottomSharePercent = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportTiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportTiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClusterFundEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterFundEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterFundEntries_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterFundEntries_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ClusterMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToSchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeVisits_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExchangeVisits_Schools_FromSchoolId",
                        column: x => x.FromSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExchangeVisits_Schools_ToSchoolId",
                        column: x => x.ToSchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Target = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LoggedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipVisits_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TermEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvaluatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TermEvaluations_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FlagEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    FlagId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FlagEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FlagEvents_SchoolFlags_FlagId",
                        column: x => x.FlagId,
                        principalTable: "SchoolFlags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TierAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    TierId = table.Column<Guid>(type: "uuid", nullable: false),
                    TierName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Supports = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TotalCost = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TierAssignments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TierAssignments_SupportTiers_TierId",
                        column: x => x.TierId,
                        principalTable: "SupportTiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TierSupports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    TierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    UnitCost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierSupports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TierSupports_SupportTiers_TierId",
                        column: x => x.TierId,
                        principalTable: "SupportTiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Instalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instalments_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Instalments_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterFundEntries_ClusterId",
                table: "ClusterFundEntries",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterFundEntries_DistrictId",
                table: "ClusterFundEntries",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterFundEntries_SchoolId",
                table: "ClusterFundEntries",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_ClusterId_SchoolId",
                table: "ClusterMembers",
                columns: new[] { "ClusterId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_DistrictId",
                table: "ClusterMembers",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_SchoolId",
                table: "ClusterMembers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_DistrictId",
                table: "Clusters",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeVisits_ClusterId",
                table: "ExchangeVisits",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeVisits_DistrictId",
                table: "ExchangeVisits",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeVisits_FromSchoolId",
                table: "ExchangeVisits",
                column: "FromSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeVisits_ToSchoolId",
                table: "ExchangeVisits",
                column: "ToSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_FlagEvents_DistrictId",
                table: "FlagEvents",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_FlagEvents_FlagId",
                table: "FlagEvents",
                column: "FlagId");

            migrationBuilder.CreateIndex(
                name: "IX_Instalments_DistrictId",
                table: "Instalments",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Instalments_MilestoneId",
                table: "Instalments",
                column: "MilestoneId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instalments_PartnershipId",
                table: "Instalments",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureWeights_DistrictId",
                table: "MeasureWeights",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureWeights_MeasureId",
                table: "MeasureWeights",
                column: "MeasureId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_DistrictId",
                table: "Milestones",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_PartnershipId",
                table: "Milestones",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_DistrictId",
                table: "Partnerships",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_SupportedSchoolId",
                table: "Partnerships",
                column: "SupportedSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_SupportingSchoolId",
                table: "Partnerships",
                column: "SupportingSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipVisits_DistrictId",
                table: "PartnershipVisits",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipVisits_PartnershipId",
                table: "PartnershipVisits",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolFlags_DistrictId",
                table: "SchoolFlags",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolFlags_SchoolId_Status",
                table: "SchoolFlags",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportSettings_DistrictId",
                table: "SupportSettings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportTiers_DistrictId",
                table: "SupportTiers",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_TermEvaluations_DistrictId",
                table: "TermEvaluations",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_TermEvaluations_PartnershipId",
                table: "TermEvaluations",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_TierAssignments_DistrictId",
                table: "TierAssignments",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_TierAssignments_SchoolId",
                table: "TierAssignments",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_TierAssignments_TierId",
                table: "TierAssignments",
                column: "TierId");

            migrationBuilder.CreateIndex(
                name: "IX_TierSupports_DistrictId",
                table: "TierSupports",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_TierSupports_TierId",
                table: "TierSupports",
                column: "TierId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClusterFundEntries");

            migrationBuilder.DropTable(
                name: "ClusterMembers");

            migrationBuilder.DropTable(
                name: "ExchangeVisits");

            migrationBuilder.DropTable(
                name: "FlagEvents");

            migrationBuilder.DropTable(
                name: "Instalments");

            migrationBuilder.DropTable(
                name: "MeasureWeights");

            migrationBuilder.DropTable(
                name: "PartnershipVisits");

            migrationBuilder.DropTable(
                name: "SupportSettings");

            migrationBuilder.DropTable(
                name: "TermEvaluations");

            migrationBuilder.DropTable(
                name: "TierAssignments");

            migrationBuilder.DropTable(
                name: "TierSupports");

            migrationBuilder.DropTable(
                name: "Clusters");

            migrationBuilder.DropTable(
                name: "SchoolFlags");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "SupportTiers");

            migrationBuilder.DropTable(
                name: "Partnerships");
        }
    }
}
