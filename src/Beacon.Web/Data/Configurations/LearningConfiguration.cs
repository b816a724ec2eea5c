using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Limits.Name);
        builder.Property(o => o.Description).HasMaxLength(Limits.LongText);
        builder.Property(o => o.Audience).HasMaxLength(Limits.Line);
        builder.Property(o => o.FacilitatorUserId).HasMaxLength(450);
        builder.Property(o => o.FacilitatorName).HasMaxLength(Limits.Name);
        builder.Property(o => o.CreatedBy).HasMaxLength(Limits.Email);
        builder.Property(o => o.Cost).HasPrecision(12, 2);
        builder.HasOne<School>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Sessions).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Credits).WithOne().HasForeignKey(c => c.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Goals).WithOne().HasForeignKey(g => g.OfferingId).OnDelete(DeleteBehavior.Cascade);
        // The catalog's page: a district's published offerings in title order (see CatalogQuery).
        builder.HasIndex(o => new { o.DistrictId, o.Status, o.Title, o.Id });
    }
}

public sealed class LearningSessionConfiguration : IEntityTypeConfiguration<LearningSession>
{
    public void Configure(EntityTypeBuilder<LearningSession> builder)
    {
        builder.Property(s => s.TimeZoneId).HasMaxLength(Limits.Code);
        builder.Property(s => s.Place).HasMaxLength(Limits.Name);
        builder.Property(s => s.Link).HasMaxLength(Limits.ShortText);
        builder.Property(s => s.CheckInCode).HasMaxLength(LearningCodes.CheckInLength);
        builder.Ignore(s => s.EndsAt);
        // Led by the district: the tenant filter adds "DistrictId = …" to every per-offering subquery, and an index that
        // did not start with it left SQLite scanning all of the district's sessions for each offering of a catalog page.
        builder.HasIndex(s => new { s.DistrictId, s.OfferingId, s.StartsAt });
        builder.HasIndex(s => s.CheckInCode);
    }
}

public sealed class OfferingCreditConfiguration : IEntityTypeConfiguration<OfferingCredit>
{
    public void Configure(EntityTypeBuilder<OfferingCredit> builder)
    {
        builder.Property(c => c.Amount).HasPrecision(8, 2);
        builder.HasOne<CreditType>().WithMany().HasForeignKey(c => c.CreditTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OfferingId, c.CreditTypeId }).IsUnique();
    }
}

public sealed class OfferingGoalConfiguration : IEntityTypeConfiguration<OfferingGoal>
{
    public void Configure(EntityTypeBuilder<OfferingGoal> builder)
    {
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.OfferingId, g.GoalId }).IsUnique();
    }
}

public sealed class CreditTypeConfiguration : IEntityTypeConfiguration<CreditType>
{
    public void Configure(EntityTypeBuilder<CreditType> builder) => builder.Property(t => t.Name).HasMaxLength(Limits.ShortName);
}

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(r => r.PrincipalApprovedBy).HasMaxLength(Limits.Email);
        builder.Property(r => r.OfficeApprovedBy).HasMaxLength(Limits.Email);
        builder.Property(r => r.Note).HasMaxLength(Limits.Paragraph);
        builder.HasOne<Offering>().WithMany().HasForeignKey(r => r.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.OfferingId, r.Status, r.RequestedAt });
        builder.HasIndex(r => new { r.UserId, r.OfferingId });
    }
}

public sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Registration>().WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(a => new { a.SessionId, a.RegistrationId }).IsUnique();
        builder.HasIndex(a => a.RegistrationId);
    }
}

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(Limits.Code + 20);
        builder.Property(c => c.PersonName).HasMaxLength(Limits.Name);
        builder.Property(c => c.OfferingTitle).HasMaxLength(Limits.Name);
        builder.Property(c => c.Credits).HasMaxLength(Limits.ShortText);
        builder.HasOne<Registration>().WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.RegistrationId).IsUnique();
    }
}

public sealed class ExternalLearningConfiguration : IEntityTypeConfiguration<Features.Learning.External.ExternalLearning>
{
    public void Configure(EntityTypeBuilder<Features.Learning.External.ExternalLearning> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(e => e.Title).HasMaxLength(Limits.Name);
        builder.Property(e => e.Provider).HasMaxLength(Limits.Name);
        builder.Property(e => e.Link).HasMaxLength(Limits.Text);
        builder.Property(e => e.FileName).HasMaxLength(Limits.EvidenceFileName);
        builder.Property(e => e.ContentType).HasMaxLength(Limits.ShortText);
        builder.Property(e => e.DecidedBy).HasMaxLength(Limits.Email);
        builder.Property(e => e.ReturnReason).HasMaxLength(Limits.Paragraph);
        builder.HasMany(e => e.Credits).WithOne().HasForeignKey(c => c.ExternalLearningId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.DistrictId, e.UserId, e.Status });
        builder.HasIndex(e => new { e.DistrictId, e.Status, e.CreatedAt });
    }
}

public sealed class ExternalCreditConfiguration : IEntityTypeConfiguration<Features.Learning.External.ExternalCredit>
{
    public void Configure(EntityTypeBuilder<Features.Learning.External.ExternalCredit> builder)
    {
        builder.Property(c => c.Amount).HasPrecision(8, 2);
        builder.HasOne<CreditType>().WithMany().HasForeignKey(c => c.CreditTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ExternalLearningId, c.CreditTypeId }).IsUnique();
    }
}

public sealed class SessionReminderConfiguration : IEntityTypeConfiguration<SessionReminder>
{
    public void Configure(EntityTypeBuilder<SessionReminder> builder)
    {
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Registration>().WithMany().HasForeignKey(r => r.RegistrationId).OnDelete(DeleteBehavior.NoAction);
        // A reminder is sent once per person and session; a second run racing the first fails here rather than mailing twice.
        builder.HasIndex(r => new { r.SessionId, r.RegistrationId }).IsUnique();
        builder.HasIndex(r => r.RegistrationId);
    }
}
