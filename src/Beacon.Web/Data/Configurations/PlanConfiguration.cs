using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.Name);
        builder.Property(p => p.Mission).HasMaxLength(Limits.Text);
        builder.Property(p => p.Vision).HasMaxLength(Limits.Text);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        // A district plan with school plans under it cannot vanish from beneath them.
        builder.HasOne(p => p.DistrictPlan).WithMany().HasForeignKey(p => p.DistrictPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Goals).WithOne(g => g.Plan).HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Strategies).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Actions).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.DistrictId, p.SchoolId, p.StartYear });
        builder.Ignore(p => p.EndYear);
        builder.Ignore(p => p.YearRange);
        builder.Ignore(p => p.IsDistrictPlan);
        builder.Ignore(p => p.Period);
    }
}

public sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(Limits.Line);
        builder.Property(g => g.Description).HasMaxLength(Limits.LongText);
        // School goals keep serving their district goal: the district goal cannot be deleted while they do.
        builder.HasOne(g => g.DistrictGoal).WithMany().HasForeignKey(g => g.DistrictGoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Measures).WithOne(m => m.Goal).HasForeignKey(m => m.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.PlanId, g.Position });
    }
}

public sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Limits.Name);
        builder.Property(m => m.Unit).HasMaxLength(20);
        builder.HasOne(m => m.MetricMeasure).WithMany().HasForeignKey(m => m.MetricMeasureId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.YearValues).WithOne().HasForeignKey(y => y.PlanMeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MeasureYearConfiguration : IEntityTypeConfiguration<MeasureYear>
{
    public void Configure(EntityTypeBuilder<MeasureYear> builder) =>
        builder.HasIndex(y => new { y.PlanMeasureId, y.Year }).IsUnique();
}

public sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Limits.Line);
        builder.Property(s => s.Description).HasMaxLength(Limits.LongText);
        builder.HasOne(s => s.Goal).WithMany().HasForeignKey(s => s.GoalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey(i => i.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StrategyIndicatorConfiguration : IEntityTypeConfiguration<StrategyIndicator>
{
    public void Configure(EntityTypeBuilder<StrategyIndicator> builder)
    {
        builder.HasIndex(i => new { i.StrategyId, i.IndicatorId }).IsUnique();
        // An indicator removed from a framework no longer needs addressing; the link goes with it.
        builder.HasOne(i => i.Indicator).WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Limits.Line);
        builder.Property(a => a.OwnerName).HasMaxLength(Limits.Name);
        builder.Property(a => a.FundingSource).HasMaxLength(Limits.Name);
        builder.Property(a => a.Budget).HasPrecision(14, 2);
        builder.HasOne(a => a.Strategy).WithMany().HasForeignKey(a => a.StrategyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.PlanId, a.DueOn });
        builder.Ignore(a => a.HasOwner);
    }
}

public sealed class ProgressReviewConfiguration : IEntityTypeConfiguration<ProgressReview>
{
    public void Configure(EntityTypeBuilder<ProgressReview> builder)
    {
        builder.Property(r => r.CreatedBy).HasMaxLength(Limits.Name);
        builder.Property(r => r.SignedOffBy).HasMaxLength(Limits.Name);
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Goals).WithOne().HasForeignKey(g => g.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlanId, r.Year, r.Quarter }).IsUnique();
        builder.Ignore(r => r.IsSignedOff);
        builder.Ignore(r => r.Label);
    }
}

public sealed class GoalReviewConfiguration : IEntityTypeConfiguration<GoalReview>
{
    public void Configure(EntityTypeBuilder<GoalReview> builder)
    {
        builder.Property(g => g.Narrative).HasMaxLength(Limits.LongText);
        builder.Property(g => g.Evidence).HasMaxLength(Limits.LongText);
        builder.HasOne(g => g.Goal).WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.ReviewId, g.GoalId }).IsUnique();
    }
}
