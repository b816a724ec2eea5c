using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearningExternalAndReminders : Migration
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
                name: "SessionReminders");

            migrationBuilder.DropTable(
                name: "ExternalLearning");

            migrationBuilder.DropColumn(
                name: "ReminderHours",
                table: "LearningSettings");
        }
    }
}
