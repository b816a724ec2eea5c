using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MilestonesByResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MeasureId",
                table: "Milestones",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasureYear",
                table: "Milestones",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "Milestones",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Result",
                table: "Milestones",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ResultValue",
                table: "Milestones",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "TargetValue",
                table: "Milestones",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_MeasureId",
                table: "Milestones",
                column: "MeasureId");

            migrationBuilder.AddForeignKey(
                name: "FK_Milestones_Measures_MeasureId",
                table: "Milestones",
                column: "MeasureId",
                principalTable: "Measures",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Milestones_Measures_MeasureId",
                table: "Milestones");

            migrationBuilder.DropIndex(
                name: "IX_Milestones_MeasureId",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "MeasureId",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "MeasureYear",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "Result",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "ResultValue",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "TargetValue",
                table: "Milestones");
        }
    }
}
