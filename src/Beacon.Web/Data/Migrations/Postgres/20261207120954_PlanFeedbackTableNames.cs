using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanFeedbackTableNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApprovalStep_AspNetUsers_ActorUserId",
                table: "ApprovalStep");

            migrationBuilder.DropForeignKey(
                name: "FK_ApprovalStep_Plans_PlanId",
                table: "ApprovalStep");

            migrationBuilder.DropForeignKey(
                name: "FK_Notification_AspNetUsers_UserId",
                table: "Notification");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComment_AspNetUsers_AuthorUserId",
                table: "PlanComment");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComment_PlanComment_ParentId",
                table: "PlanComment");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComment_Plans_PlanId",
                table: "PlanComment");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlanComment",
                table: "PlanComment");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notification",
                table: "Notification");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ApprovalStep",
                table: "ApprovalStep");

            migrationBuilder.RenameTable(
                name: "PlanComment",
                newName: "PlanComments");

            migrationBuilder.RenameTable(
                name: "Notification",
                newName: "Notifications");

            migrationBuilder.RenameTable(
                name: "ApprovalStep",
                newName: "PlanApprovalSteps");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComment_PlanId_CreatedAt",
                table: "PlanComments",
                newName: "IX_PlanComments_PlanId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComment_ParentId",
                table: "PlanComments",
                newName: "IX_PlanComments_ParentId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComment_DistrictId",
                table: "PlanComments",
                newName: "IX_PlanComments_DistrictId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComment_AuthorUserId",
                table: "PlanComments",
                newName: "IX_PlanComments_AuthorUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Notification_UserId_MailedAt",
                table: "Notifications",
                newName: "IX_Notifications_UserId_MailedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Notification_UserId_CreatedAt",
                table: "Notifications",
                newName: "IX_Notifications_UserId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Notification_DistrictId",
                table: "Notifications",
                newName: "IX_Notifications_DistrictId");

            migrationBuilder.RenameIndex(
                name: "IX_ApprovalStep_PlanId_CreatedAt",
                table: "PlanApprovalSteps",
                newName: "IX_PlanApprovalSteps_PlanId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_ApprovalStep_DistrictId",
                table: "PlanApprovalSteps",
                newName: "IX_PlanApprovalSteps_DistrictId");

            migrationBuilder.RenameIndex(
                name: "IX_ApprovalStep_ActorUserId",
                table: "PlanApprovalSteps",
                newName: "IX_PlanApprovalSteps_ActorUserId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlanComments",
                table: "PlanComments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlanApprovalSteps",
                table: "PlanApprovalSteps",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_AspNetUsers_UserId",
                table: "Notifications",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanApprovalSteps_AspNetUsers_ActorUserId",
                table: "PlanApprovalSteps",
                column: "ActorUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanApprovalSteps_Plans_PlanId",
                table: "PlanApprovalSteps",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComments_AspNetUsers_AuthorUserId",
                table: "PlanComments",
                column: "AuthorUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComments_PlanComments_ParentId",
                table: "PlanComments",
                column: "ParentId",
                principalTable: "PlanComments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComments_Plans_PlanId",
                table: "PlanComments",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_AspNetUsers_UserId",
                table: "Notifications");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanApprovalSteps_AspNetUsers_ActorUserId",
                table: "PlanApprovalSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanApprovalSteps_Plans_PlanId",
                table: "PlanApprovalSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComments_AspNetUsers_AuthorUserId",
                table: "PlanComments");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComments_PlanComments_ParentId",
                table: "PlanComments");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanComments_Plans_PlanId",
                table: "PlanComments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlanComments",
                table: "PlanComments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlanApprovalSteps",
                table: "PlanApprovalSteps");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notifications",
                table: "Notifications");

            migrationBuilder.RenameTable(
                name: "PlanComments",
                newName: "PlanComment");

            migrationBuilder.RenameTable(
                name: "PlanApprovalSteps",
                newName: "ApprovalStep");

            migrationBuilder.RenameTable(
                name: "Notifications",
                newName: "Notification");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComments_PlanId_CreatedAt",
                table: "PlanComment",
                newName: "IX_PlanComment_PlanId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComments_ParentId",
                table: "PlanComment",
                newName: "IX_PlanComment_ParentId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComments_DistrictId",
                table: "PlanComment",
                newName: "IX_PlanComment_DistrictId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanComments_AuthorUserId",
                table: "PlanComment",
                newName: "IX_PlanComment_AuthorUserId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanApprovalSteps_PlanId_CreatedAt",
                table: "ApprovalStep",
                newName: "IX_ApprovalStep_PlanId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_PlanApprovalSteps_DistrictId",
                table: "ApprovalStep",
                newName: "IX_ApprovalStep_DistrictId");

            migrationBuilder.RenameIndex(
                name: "IX_PlanApprovalSteps_ActorUserId",
                table: "ApprovalStep",
                newName: "IX_ApprovalStep_ActorUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Notifications_UserId_MailedAt",
                table: "Notification",
                newName: "IX_Notification_UserId_MailedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Notifications_UserId_CreatedAt",
                table: "Notification",
                newName: "IX_Notification_UserId_CreatedAt");

            migrationBuilder.RenameIndex(
                name: "IX_Notifications_DistrictId",
                table: "Notification",
                newName: "IX_Notification_DistrictId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlanComment",
                table: "PlanComment",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ApprovalStep",
                table: "ApprovalStep",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notification",
                table: "Notification",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ApprovalStep_AspNetUsers_ActorUserId",
                table: "ApprovalStep",
                column: "ActorUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ApprovalStep_Plans_PlanId",
                table: "ApprovalStep",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Notification_AspNetUsers_UserId",
                table: "Notification",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComment_AspNetUsers_AuthorUserId",
                table: "PlanComment",
                column: "AuthorUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComment_PlanComment_ParentId",
                table: "PlanComment",
                column: "ParentId",
                principalTable: "PlanComment",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanComment_Plans_PlanId",
                table: "PlanComment",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
