using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Plans.Feedback;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(Limits.Text);
        builder.Property(c => c.AuthorName).HasMaxLength(Limits.Name);
        builder.Property(c => c.ResolvedBy).HasMaxLength(Limits.Name);
        builder.HasOne(c => c.Plan).WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.PlanId, c.CreatedAt });
        builder.Ignore(c => c.IsResolved);
    }
}

public sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(Limits.Text);
        builder.Property(s => s.ActorName).HasMaxLength(Limits.Name);
        builder.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(s => s.ActorUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.PlanId, s.CreatedAt });
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(Limits.Paragraph);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.MailedAt });
    }
}

public sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId).IsUnique();
    }
}

public sealed class ActionReminderConfiguration : IEntityTypeConfiguration<Features.Plans.Reminders.ActionReminder>
{
    public void Configure(EntityTypeBuilder<Features.Plans.Reminders.ActionReminder> builder)
    {
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        // One row per step: a second run (or a second node) cannot send a step again.
        builder.HasIndex(r => new { r.ActionId, r.Step }).IsUnique();
    }
}

public sealed class FundingSourceConfiguration : IEntityTypeConfiguration<Features.Plans.Budgets.FundingSource>
{
    public void Configure(EntityTypeBuilder<Features.Plans.Budgets.FundingSource> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.ShortName);
        builder.HasIndex(s => new { s.DistrictId, s.Name }).IsUnique();
    }
}

public sealed class ActionCostConfiguration : IEntityTypeConfiguration<Features.Plans.Budgets.ActionCost>
{
    public void Configure(EntityTypeBuilder<Features.Plans.Budgets.ActionCost> builder)
    {
        builder.Property(c => c.Amount).HasPrecision(14, 2);
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        // A source in use is not deleted under its lines: their totals would lose their name.
        builder.HasOne<Features.Plans.Budgets.FundingSource>().WithMany().HasForeignKey(c => c.FundingSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ActionId);
    }
}

public sealed class PublicPlanPageConfiguration : IEntityTypeConfiguration<Features.Plans.Publishing.PublicPlanPage>
{
    public void Configure(EntityTypeBuilder<Features.Plans.Publishing.PublicPlanPage> builder)
    {
        builder.HasIndex(p => p.DistrictId).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Features.Surveys.Survey>().WithMany().HasForeignKey(p => p.SurveyId).OnDelete(DeleteBehavior.SetNull);
    }
}
