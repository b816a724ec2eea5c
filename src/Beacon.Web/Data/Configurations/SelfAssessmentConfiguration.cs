using Beacon.Web.Data;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class AssessmentCycleConfiguration : IEntityTypeConfiguration<AssessmentCycle>
{
    public void Configure(EntityTypeBuilder<AssessmentCycle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.Name);
        builder.Property(c => c.OpenedBy).HasMaxLength(256);
        builder.Property(c => c.ClosedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.FrameworkId, c.SchoolId, c.OpenedAt });
        // A version a cycle rates against must outlive the cycle: it is never edited or deleted.
        builder.HasOne(c => c.Framework).WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.FrameworkVersion).WithMany().HasForeignKey(c => c.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.School).WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CycleMemberConfiguration : IEntityTypeConfiguration<CycleMember>
{
    public void Configure(EntityTypeBuilder<CycleMember> builder)
    {
        builder.HasIndex(m => new { m.CycleId, m.UserId }).IsUnique();
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IndividualRatingConfiguration : IEntityTypeConfiguration<IndividualRating>
{
    public void Configure(EntityTypeBuilder<IndividualRating> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(Limits.Text);
        builder.HasIndex(r => new { r.CycleId, r.IndicatorId, r.UserId }).IsUnique();
        builder.HasOne<AssessmentCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ConsensusRatingConfiguration : IEntityTypeConfiguration<ConsensusRating>
{
    public void Configure(EntityTypeBuilder<ConsensusRating> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(Limits.LongText);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.CycleId, r.IndicatorId }).IsUnique();
        builder.HasOne<AssessmentCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CyclePriorityConfiguration : IEntityTypeConfiguration<CyclePriority>
{
    public void Configure(EntityTypeBuilder<CyclePriority> builder)
    {
        builder.Property(p => p.MarkedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.CycleId, p.IndicatorId }).IsUnique();
        builder.HasOne<AssessmentCycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(Limits.LongText);
        builder.Property(e => e.Url).HasMaxLength(Limits.Text);
        builder.Property(e => e.FileName).HasMaxLength(Limits.EvidenceFileName);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.AddedBy).HasMaxLength(256);
        builder.Property(e => e.Content).Metadata.SetMaxLength(null);
        builder.HasIndex(e => new { e.CycleId, e.IndicatorId });
        builder.HasOne<AssessmentCycle>().WithMany().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.SchoolMetric).WithMany().HasForeignKey(e => e.SchoolMetricId).OnDelete(DeleteBehavior.SetNull);
    }
}
