using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Mentoring.Coaching;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class MentoringProgrammeConfiguration : IEntityTypeConfiguration<MentoringProgramme>
{
    public void Configure(EntityTypeBuilder<MentoringProgramme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Limits.Name);
        builder.Property(p => p.FocusAreas).HasMaxLength(Limits.Paragraph);
        builder.Property(p => p.Milestones).HasMaxLength(Limits.Paragraph);
    }
}

public sealed class MentorPoolEntryConfiguration : IEntityTypeConfiguration<MentorPoolEntry>
{
    public void Configure(EntityTypeBuilder<MentorPoolEntry> builder)
    {
        builder.HasOne<MentoringProgramme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProgrammeId, p.StaffMemberId }).IsUnique();
    }
}

public sealed class MatchDecisionConfiguration : IEntityTypeConfiguration<MatchDecision>
{
    public void Configure(EntityTypeBuilder<MatchDecision> builder)
    {
        builder.HasOne<MentoringProgramme>().WithMany().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ProgrammeId, d.MenteeId, d.MentorId }).IsUnique();
    }
}

public sealed class MatchProposalConfiguration : IEntityTypeConfiguration<MatchProposal>
{
    public void Configure(EntityTypeBuilder<MatchProposal> builder)
    {
        builder.Property(p => p.InputVersion).HasMaxLength(64);
        builder.HasOne<MentoringProgramme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ProgrammeId).IsUnique();
    }
}

public sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.Property(p => p.FitExplanation).HasMaxLength(Limits.Paragraph);
        builder.Property(p => p.Goals).HasMaxLength(Limits.Text);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.MenteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Sessions).WithOne().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.MilestoneList).WithOne().HasForeignKey(m => m.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ProgrammeId, p.MenteeId }).IsUnique();
    }
}

public sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> builder)
    {
        builder.Property(s => s.Focus).HasMaxLength(Limits.ShortName);
        builder.Property(s => s.PrivateNotes).HasMaxLength(Limits.LongText);
        builder.Property(s => s.PrivateNextSteps).HasMaxLength(Limits.Text);
    }
}

public sealed class PairingMilestoneConfiguration : IEntityTypeConfiguration<PairingMilestone>
{
    public void Configure(EntityTypeBuilder<PairingMilestone> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Limits.ShortName);
        builder.HasIndex(m => new { m.DueOn, m.MetOn });
    }
}

public sealed class CoachingCycleConfiguration : IEntityTypeConfiguration<CoachingCycle>
{
    public void Configure(EntityTypeBuilder<CoachingCycle> builder)
    {
        builder.Property(c => c.Goal).HasMaxLength(Limits.ShortText);
        builder.Property(c => c.PrivateNotes).HasMaxLength(Limits.LongText);
        builder.HasOne<Pairing>().WithMany().HasForeignKey(c => c.PairingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(c => c.PlanGoalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.SetNull);
    }
}
