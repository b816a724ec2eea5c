using Beacon.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Limits.Name);
        builder.Property(c => c.Focus).HasMaxLength(Limits.Text);
        builder.Property(c => c.GradeOrSubject).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.JoinCodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.JoinCodeHash);
        builder.HasOne(c => c.School).WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Exceptions).WithOne().HasForeignKey(e => e.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Indicators).WithOne().HasForeignKey(i => i.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.Rule);
    }
}

public sealed class CommunityMemberConfiguration : IEntityTypeConfiguration<CommunityMember>
{
    public void Configure(EntityTypeBuilder<CommunityMember> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Training).HasMaxLength(Limits.Line);
        builder.HasIndex(m => new { m.CommunityId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}

public sealed class CommunityIndicatorConfiguration : IEntityTypeConfiguration<CommunityIndicator>
{
    public void Configure(EntityTypeBuilder<CommunityIndicator> builder) =>
        builder.HasIndex(i => new { i.CommunityId, i.IndicatorId }).IsUnique();
}

public sealed class ScheduleExceptionConfiguration : IEntityTypeConfiguration<ScheduleException>
{
    public void Configure(EntityTypeBuilder<ScheduleException> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(Limits.Line);
        builder.Ignore(e => e.MovedTo);
        builder.HasIndex(e => new { e.CommunityId, e.OccursOn }).IsUnique();
    }
}

public sealed class ActionPlanItemConfiguration : IEntityTypeConfiguration<ActionPlanItem>
{
    public void Configure(EntityTypeBuilder<ActionPlanItem> builder)
    {
        builder.Property(i => i.TechniqueKey).HasMaxLength(100);
        builder.Property(i => i.TechniqueName).HasMaxLength(Limits.Name);
        builder.Property(i => i.Adaptation).HasMaxLength(Limits.Text);
        builder.HasOne<CommunityMember>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.MemberId, i.Status });
    }
}

public sealed class DistrictTechniqueConfiguration : IEntityTypeConfiguration<DistrictTechnique>
{
    public void Configure(EntityTypeBuilder<DistrictTechnique> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.Name);
        builder.Property(t => t.Description).HasMaxLength(Limits.Text);
        builder.Ignore(t => t.Key);
    }
}

public sealed class CommunitySettingsConfiguration : IEntityTypeConfiguration<CommunitySettings>
{
    public void Configure(EntityTypeBuilder<CommunitySettings> builder) => builder.HasIndex(s => s.DistrictId).IsUnique();
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.TemplateName).HasMaxLength(Limits.Name);
        builder.Property(m => m.Decisions).HasMaxLength(Limits.LongText);
        builder.Property(m => m.Summary).HasMaxLength(Limits.LongText);
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.CheckIns).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CommunityId, m.StartsAt });
    }
}

public sealed class MeetingItemConfiguration : IEntityTypeConfiguration<MeetingItem>
{
    public void Configure(EntityTypeBuilder<MeetingItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Limits.Name);
        builder.Property(i => i.Guidance).HasMaxLength(Limits.Paragraph);
        builder.Property(i => i.Notes).HasMaxLength(Limits.LongText);
    }
}

public sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.HasIndex(a => new { a.MeetingId, a.MemberId }).IsUnique();
        builder.HasOne<CommunityMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.Report).HasMaxLength(Limits.Text);
        builder.HasOne<CommunityMember>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionPlanItem>().WithMany().HasForeignKey(c => c.PlanItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AgendaTemplateConfiguration : IEntityTypeConfiguration<AgendaTemplate>
{
    public void Configure(EntityTypeBuilder<AgendaTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.Name);
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaTemplateItemConfiguration : IEntityTypeConfiguration<AgendaTemplateItem>
{
    public void Configure(EntityTypeBuilder<AgendaTemplateItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Limits.Name);
        builder.Property(i => i.Guidance).HasMaxLength(Limits.Paragraph);
    }
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<Community>().WithMany().HasForeignKey(f => f.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NetworkMembershipConfiguration : IEntityTypeConfiguration<NetworkMembership>
{
    public void Configure(EntityTypeBuilder<NetworkMembership> builder)
    {
        builder.HasOne<Community>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.NetworkId, m.DistrictId }).IsUnique();
    }
}
