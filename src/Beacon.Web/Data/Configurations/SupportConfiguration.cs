using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class SupportSettingsConfiguration : IEntityTypeConfiguration<SupportSettings>
{
    public void Configure(EntityTypeBuilder<SupportSettings> builder) => builder.Ignore(s => s.Rules);
}

public sealed class MeasureWeightConfiguration : IEntityTypeConfiguration<MeasureWeight>
{
    public void Configure(EntityTypeBuilder<MeasureWeight> builder)
    {
        builder.HasOne<Measure>().WithMany().HasForeignKey(w => w.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.MeasureId).IsUnique();
    }
}

public sealed class SchoolFlagConfiguration : IEntityTypeConfiguration<SchoolFlag>
{
    public void Configure(EntityTypeBuilder<SchoolFlag> builder)
    {
        builder.Property(f => f.Reason).HasMaxLength(Limits.Text);
        builder.Property(f => f.YearName).HasMaxLength(40);
        builder.Property(f => f.RaisedBy).HasMaxLength(256);
        builder.HasOne(f => f.School).WithMany().HasForeignKey(f => f.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Events).WithOne().HasForeignKey(e => e.FlagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.SchoolId, f.Status });
    }
}

public sealed class FlagEventConfiguration : IEntityTypeConfiguration<FlagEvent>
{
    public void Configure(EntityTypeBuilder<FlagEvent> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(Limits.Text);
        builder.Property(e => e.By).HasMaxLength(256);
    }
}

public sealed class SupportTierConfiguration : IEntityTypeConfiguration<SupportTier>
{
    public void Configure(EntityTypeBuilder<SupportTier> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.ShortName);
        builder.Property(t => t.Description).HasMaxLength(Limits.Text);
        builder.HasMany(t => t.Supports).WithOne().HasForeignKey(s => s.TierId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TierSupportConfiguration : IEntityTypeConfiguration<TierSupport>
{
    public void Configure(EntityTypeBuilder<TierSupport> builder)
    {
        builder.Property(s => s.Description).HasMaxLength(Limits.Name);
        builder.Property(s => s.Quantity).HasPrecision(12, 2);
        builder.Property(s => s.UnitCost).HasPrecision(14, 2);
        builder.Ignore(s => s.Cost);
    }
}

public sealed class TierAssignmentConfiguration : IEntityTypeConfiguration<TierAssignment>
{
    public void Configure(EntityTypeBuilder<TierAssignment> builder)
    {
        builder.Property(a => a.TierName).HasMaxLength(Limits.ShortName);
        builder.Property(a => a.Supports).HasMaxLength(Limits.LongText);
        builder.Property(a => a.Note).HasMaxLength(Limits.Text);
        builder.Property(a => a.AssignedBy).HasMaxLength(256);
        builder.Property(a => a.TotalCost).HasPrecision(16, 2);
        builder.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupportTier>().WithMany().HasForeignKey(a => a.TierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.AreasOfNeed).HasMaxLength(Limits.Paragraph);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.HasOne(p => p.SupportingSchool).WithMany().HasForeignKey(p => p.SupportingSchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.SupportedSchool).WithMany().HasForeignKey(p => p.SupportedSchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Instalments).WithOne().HasForeignKey(i => i.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Evaluations).WithOne().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Limits.Name);
        builder.Property(m => m.Target).HasMaxLength(Limits.Paragraph);
        builder.Property(m => m.Note).HasMaxLength(Limits.Text);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.Property(m => m.OverrideReason).HasMaxLength(Limits.Text);
        builder.HasOne(m => m.Measure).WithMany().HasForeignKey(m => m.MeasureId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class InstalmentConfiguration : IEntityTypeConfiguration<Instalment>
{
    public void Configure(EntityTypeBuilder<Instalment> builder)
    {
        builder.Property(i => i.Amount).HasPrecision(14, 2);
        builder.Property(i => i.Reason).HasMaxLength(Limits.Text);
        builder.Property(i => i.DecidedBy).HasMaxLength(256);
        builder.HasOne(i => i.Milestone).WithMany().HasForeignKey(i => i.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.MilestoneId).IsUnique();
    }
}

public sealed class PartnershipVisitConfiguration : IEntityTypeConfiguration<PartnershipVisit>
{
    public void Configure(EntityTypeBuilder<PartnershipVisit> builder)
    {
        builder.Property(v => v.Notes).HasMaxLength(Limits.Text);
        builder.Property(v => v.LoggedBy).HasMaxLength(256);
    }
}

public sealed class TermEvaluationConfiguration : IEntityTypeConfiguration<TermEvaluation>
{
    public void Configure(EntityTypeBuilder<TermEvaluation> builder)
    {
        builder.Property(e => e.Term).HasMaxLength(60);
        builder.Property(e => e.Summary).HasMaxLength(Limits.LongText);
        builder.Property(e => e.EvaluatedBy).HasMaxLength(256);
    }
}

public sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.ShortName);
        builder.Property(c => c.JointPlan).HasMaxLength(Limits.LongText);
        builder.Property(c => c.Goals).HasMaxLength(Limits.LongText);
        builder.Property(c => c.ExchangeDaysAllowed).HasPrecision(8, 1);
        builder.Ignore(c => c.GoalLines);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.FundEntries).WithOne().HasForeignKey(e => e.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ExchangeVisits).WithOne().HasForeignKey(v => v.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> builder)
    {
        builder.HasOne(m => m.School).WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ClusterId, m.SchoolId }).IsUnique();
    }
}

public sealed class ClusterFundEntryConfiguration : IEntityTypeConfiguration<ClusterFundEntry>
{
    public void Configure(EntityTypeBuilder<ClusterFundEntry> builder)
    {
        builder.Property(e => e.Amount).HasPrecision(14, 2);
        builder.Property(e => e.Description).HasMaxLength(Limits.ShortText);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ExchangeVisitConfiguration : IEntityTypeConfiguration<ExchangeVisit>
{
    public void Configure(EntityTypeBuilder<ExchangeVisit> builder)
    {
        builder.Property(v => v.StaffName).HasMaxLength(Limits.Name);
        builder.Property(v => v.Purpose).HasMaxLength(Limits.Paragraph);
        builder.Property(v => v.Days).HasPrecision(6, 1);
        builder.HasOne(v => v.FromSchool).WithMany().HasForeignKey(v => v.FromSchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.ToSchool).WithMany().HasForeignKey(v => v.ToSchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
