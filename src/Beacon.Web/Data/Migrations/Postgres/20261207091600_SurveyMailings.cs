using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyMailings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BatchId",
                table: "OutboxMails",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SurveyMailings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reminder = table.Column<bool>(type: "boolean", nullable: false),
                    Mails = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyMailings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyMailings_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_BatchId_Status",
                table: "OutboxMails",
                columns: new[] { "BatchId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyMailings_DistrictId",
                table: "SurveyMailings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyMailings_SurveyId_QueuedAt",
                table: "SurveyMailings",
                columns: new[] { "SurveyId", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyMailings");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMails_BatchId_Status",
                table: "OutboxMails");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "OutboxMails");
        }
    }
}
