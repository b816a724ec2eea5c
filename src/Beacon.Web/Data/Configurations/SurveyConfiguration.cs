using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Schools).WithOne().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyItemConfiguration : IEntityTypeConfiguration<SurveyItem>
{
    public void Configure(EntityTypeBuilder<SurveyItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(Limits.Paragraph);
        builder.HasIndex(i => new { i.SurveyId, i.Position });
    }
}

public sealed class SurveySchoolConfiguration : IEntityTypeConfiguration<SurveySchool>
{
    public void Configure(EntityTypeBuilder<SurveySchool> builder) =>
        builder.HasIndex(s => new { s.SurveyId, s.SchoolId }).IsUnique();
}

public sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.RoleGroup).HasMaxLength(40);
        // One invitation per person and survey is what makes a second answer impossible.
        builder.HasIndex(i => new { i.SurveyId, i.StaffMemberId }).IsUnique();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.SurveyId, i.SchoolId, i.RoleGroup });
    }
}

public sealed class SurveyMailingConfiguration : IEntityTypeConfiguration<SurveyMailing>
{
    public void Configure(EntityTypeBuilder<SurveyMailing> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(m => m.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SurveyId, m.QueuedAt });
    }
}

public sealed class SurveyDraftConfiguration : IEntityTypeConfiguration<SurveyDraft>
{
    public void Configure(EntityTypeBuilder<SurveyDraft> builder)
    {
        builder.HasKey(d => d.InvitationId);
        builder.HasOne<SurveyInvitation>().WithOne().HasForeignKey<SurveyDraft>(d => d.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Answers).HasMaxLength(8000);
        builder.Property(d => d.Comment).HasMaxLength(Limits.Text);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.RoleGroup).HasMaxLength(40);
        builder.Property(r => r.Comment).HasMaxLength(Limits.Text);
        builder.HasIndex(r => new { r.DistrictId, r.SurveyId, r.SchoolId, r.RoleGroup });
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasKey(a => new { a.ResponseId, a.ItemId });
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.RoleGroup).HasMaxLength(40);
        // Covers the results queries, tenant filter included, so they read the index alone: grouped
        // by school, role and item, summing values. Without DistrictId first, SQLite chose the
        // tenant filter's own index and visited every row.
        builder.HasIndex(a => new { a.DistrictId, a.SurveyId, a.SchoolId, a.RoleGroup, a.ItemId, a.Value });
    }
}

public sealed class SurveyCellTallyConfiguration : IEntityTypeConfiguration<SurveyCellTally>
{
    public void Configure(EntityTypeBuilder<SurveyCellTally> builder)
    {
        // The key is the upsert's conflict target (SurveyTallies); on SQLite the table is WITHOUT ROWID (see the migration).
        builder.HasKey(t => new { t.SurveyId, t.SchoolId, t.RoleGroup });
        builder.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.RoleGroup).HasMaxLength(40);
    }
}

public sealed class SurveyItemTallyConfiguration : IEntityTypeConfiguration<SurveyItemTally>
{
    public void Configure(EntityTypeBuilder<SurveyItemTally> builder)
    {
        builder.HasKey(t => new { t.SurveyId, t.SchoolId, t.RoleGroup, t.ItemId });
        builder.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.RoleGroup).HasMaxLength(40);
    }
}

public sealed class SurveyReleaseConfiguration : IEntityTypeConfiguration<SurveyRelease>
{
    public void Configure(EntityTypeBuilder<SurveyRelease> builder)
    {
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        // Two leaders releasing at once: one of them gets the number, the other's insert fails.
        builder.HasIndex(r => new { r.SurveyId, r.Number }).IsUnique();
        builder.HasMany(r => r.Cells).WithOne().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyReleaseCellConfiguration : IEntityTypeConfiguration<SurveyReleaseCell>
{
    public void Configure(EntityTypeBuilder<SurveyReleaseCell> builder)
    {
        builder.HasKey(c => new { c.ReleaseId, c.SchoolId, c.RoleGroup });
        builder.Property(c => c.RoleGroup).HasMaxLength(40);
    }
}

public sealed class SurveyReleaseFigureConfiguration : IEntityTypeConfiguration<SurveyReleaseFigure>
{
    public void Configure(EntityTypeBuilder<SurveyReleaseFigure> builder)
    {
        builder.HasKey(f => new { f.ReleaseId, f.SchoolId, f.RoleGroup, f.ItemId });
        builder.HasOne<SurveyRelease>().WithMany().HasForeignKey(f => f.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.RoleGroup).HasMaxLength(40);
    }
}

public sealed class SurveyReleaseCommentConfiguration : IEntityTypeConfiguration<SurveyReleaseComment>
{
    public void Configure(EntityTypeBuilder<SurveyReleaseComment> builder)
    {
        builder.HasOne<SurveyRelease>().WithMany().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.RoleGroup).HasMaxLength(40);
        builder.Property(c => c.Text).HasMaxLength(Limits.Text);
        builder.HasIndex(c => new { c.ReleaseId, c.SchoolId, c.RoleGroup, c.Text });
    }
}
