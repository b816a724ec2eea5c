using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SurveyMailings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reminder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Mails = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
