using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListOrderIndexesEndWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_DistrictId_FamilyName_GivenName",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_Schools_DistrictId_Name",
                table: "Schools");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_DistrictId_FamilyName_GivenName_Id",
                table: "StaffMembers",
                columns: new[] { "DistrictId", "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_DistrictId_Name_Id",
                table: "Schools",
                columns: new[] { "DistrictId", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_DistrictId_FamilyName_GivenName_Id",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_Schools_DistrictId_Name_Id",
                table: "Schools");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_DistrictId_FamilyName_GivenName",
                table: "StaffMembers",
                columns: new[] { "DistrictId", "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_DistrictId_Name",
                table: "Schools",
                columns: new[] { "DistrictId", "Name" });
        }
    }
}
