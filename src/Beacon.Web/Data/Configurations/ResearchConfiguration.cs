using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Research;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class ResearchProjectConfiguration : IEntityTypeConfiguration<ResearchProject>
{
    public void Configure(EntityTypeBuilder<ResearchProject> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Limits.Name);
        builder.Property(p => p.Question).HasMaxLength(Limits.Paragraph);
        builder.Property(p => p.Context).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Method).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Data).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Findings).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Implications).HasMaxLength(Limits.LongText);
        builder.Property(p => p.Subject).HasMaxLength(Limits.ShortName);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.DistrictId, p.Stage, p.PublishedOn });
    }
}

public sealed class ResearchMemberConfiguration : IEntityTypeConfiguration<ResearchMember>
{
    public void Configure(EntityTypeBuilder<ResearchMember> builder)
    {
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ProjectId, m.StaffMemberId }).IsUnique();
        builder.HasIndex(m => new { m.StaffMemberId, m.Role });
    }
}

public sealed class ResearchIndicatorConfiguration : IEntityTypeConfiguration<ResearchIndicator>
{
    public void Configure(EntityTypeBuilder<ResearchIndicator> builder)
    {
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ProjectId, i.IndicatorId }).IsUnique();
        builder.HasIndex(i => i.IndicatorId);
    }
}

public sealed class ResearchGoalConfiguration : IEntityTypeConfiguration<ResearchGoal>
{
    public void Configure(EntityTypeBuilder<ResearchGoal> builder)
    {
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(g => g.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.ProjectId, g.PlanGoalId }).IsUnique();
    }
}

public sealed class ResearchCommentConfiguration : IEntityTypeConfiguration<ResearchComment>
{
    public void Configure(EntityTypeBuilder<ResearchComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Limits.Text);
        builder.HasOne<ResearchProject>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchAttachmentConfiguration : IEntityTypeConfiguration<ResearchAttachment>
{
    public void Configure(EntityTypeBuilder<ResearchAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(Limits.EvidenceFileName);
        builder.Property(a => a.ContentType).HasMaxLength(Limits.ShortName);
        builder.HasOne<ResearchProject>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
