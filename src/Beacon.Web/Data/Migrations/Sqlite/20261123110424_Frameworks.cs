using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Frameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Frameworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PackKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Adopted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkVersions_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentCycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentCycles_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentCycles_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentCycles_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkDomains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkDomains_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RubricLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RubricLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RubricLevels_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CycleMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CycleMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CycleMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CycleMembers_AssessmentCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AssessmentCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DomainId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_FrameworkDomains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "FrameworkDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Indicators_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsensusRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsensusRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsensusRatings_AssessmentCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AssessmentCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsensusRatings_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CyclePriorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CyclePriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CyclePriorities_AssessmentCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AssessmentCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CyclePriorities_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SchoolMetricId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_AssessmentCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AssessmentCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Evidence_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evidence_SchoolMetrics_SchoolMetricId",
                        column: x => x.SchoolMetricId,
                        principalTable: "SchoolMetrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IndividualRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualRatings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndividualRatings_AssessmentCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AssessmentCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndividualRatings_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCycles_DistrictId",
                table: "AssessmentCycles",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCycles_FrameworkId_SchoolId_OpenedAt",
                table: "AssessmentCycles",
                columns: new[] { "FrameworkId", "SchoolId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCycles_FrameworkVersionId",
                table: "AssessmentCycles",
                column: "FrameworkVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCycles_SchoolId",
                table: "AssessmentCycles",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsensusRatings_CycleId_IndicatorId",
                table: "ConsensusRatings",
                columns: new[] { "CycleId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsensusRatings_DistrictId",
                table: "ConsensusRatings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsensusRatings_IndicatorId",
                table: "ConsensusRatings",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleMembers_CycleId_UserId",
                table: "CycleMembers",
                columns: new[] { "CycleId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CycleMembers_DistrictId",
                table: "CycleMembers",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleMembers_UserId",
                table: "CycleMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CyclePriorities_CycleId_IndicatorId",
                table: "CyclePriorities",
                columns: new[] { "CycleId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CyclePriorities_DistrictId",
                table: "CyclePriorities",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_CyclePriorities_IndicatorId",
                table: "CyclePriorities",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_CycleId_IndicatorId",
                table: "Evidence",
                columns: new[] { "CycleId", "IndicatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_DistrictId",
                table: "Evidence",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_IndicatorId",
                table: "Evidence",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_SchoolMetricId",
                table: "Evidence",
                column: "SchoolMetricId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkDomains_DistrictId",
                table: "FrameworkDomains",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkDomains_FrameworkVersionId_Code",
                table: "FrameworkDomains",
                columns: new[] { "FrameworkVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_DistrictId",
                table: "Frameworks",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_DistrictId_PackKey",
                table: "Frameworks",
                columns: new[] { "DistrictId", "PackKey" });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkVersions_DistrictId",
                table: "FrameworkVersions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkVersions_FrameworkId_Number",
                table: "FrameworkVersions",
                columns: new[] { "FrameworkId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_DistrictId",
                table: "Indicators",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_DomainId",
                table: "Indicators",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_FrameworkVersionId_Code",
                table: "Indicators",
                columns: new[] { "FrameworkVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndividualRatings_CycleId_IndicatorId_UserId",
                table: "IndividualRatings",
                columns: new[] { "CycleId", "IndicatorId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndividualRatings_DistrictId",
                table: "IndividualRatings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualRatings_IndicatorId",
                table: "IndividualRatings",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualRatings_UserId",
                table: "IndividualRatings",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RubricLevels_DistrictId",
                table: "RubricLevels",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_RubricLevels_FrameworkVersionId_Value",
                table: "RubricLevels",
                columns: new[] { "FrameworkVersionId", "Value" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsensusRatings");

            migrationBuilder.DropTable(
                name: "CycleMembers");

            migrationBuilder.DropTable(
                name: "CyclePriorities");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "IndividualRatings");

            migrationBuilder.DropTable(
                name: "RubricLevels");

            migrationBuilder.DropTable(
                name: "AssessmentCycles");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "FrameworkDomains");

            migrationBuilder.DropTable(
                name: "FrameworkVersions");

            migrationBuilder.DropTable(
                name: "Frameworks");
        }
    }
}
