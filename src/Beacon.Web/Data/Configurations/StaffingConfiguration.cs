using Beacon.Web.Features.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class AllocationScenarioConfiguration : IEntityTypeConfiguration<AllocationScenario>
{
    public void Configure(EntityTypeBuilder<AllocationScenario> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.ShortName);
        builder.Property(s => s.PositionKind).HasMaxLength(Limits.ShortName);
        builder.Property(s => s.DecisionRationale).HasMaxLength(Limits.LongText);
        builder.HasOne(s => s.SchoolYear).WithMany().HasForeignKey(s => s.SchoolYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Schools).WithOne().HasForeignKey(s => s.ScenarioId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ScenarioSchoolConfiguration : IEntityTypeConfiguration<ScenarioSchool>
{
    public void Configure(EntityTypeBuilder<ScenarioSchool> builder)
    {
        builder.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ScenarioId, s.SchoolId }).IsUnique();
    }
}

public sealed class ExtraPositionConfiguration : IEntityTypeConfiguration<ExtraPosition>
{
    public void Configure(EntityTypeBuilder<ExtraPosition> builder)
    {
        builder.Property(p => p.PositionKind).HasMaxLength(Limits.ShortName);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SchoolYearId, p.PositionKind, p.SchoolId }).IsUnique();
    }
}

public sealed class StaffYearRecordConfiguration : IEntityTypeConfiguration<StaffYearRecord>
{
    public void Configure(EntityTypeBuilder<StaffYearRecord> builder)
    {
        builder.HasOne(r => r.SchoolYear).WithMany().HasForeignKey(r => r.SchoolYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SchoolYearId, r.StaffMemberId, r.SchoolId }).IsUnique();
    }
}

public sealed class IncentiveRuleConfiguration : IEntityTypeConfiguration<IncentiveRule>
{
    public void Configure(EntityTypeBuilder<IncentiveRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Limits.ShortName);
        builder.Property(r => r.Subject).HasMaxLength(Limits.ShortName);
    }
}

public sealed class NeedIndexSettingsConfiguration : IEntityTypeConfiguration<NeedIndexSettings>
{
    public void Configure(EntityTypeBuilder<NeedIndexSettings> builder)
    {
        builder.HasOne(s => s.ResultsMeasure).WithMany().HasForeignKey(s => s.ResultsMeasureId).OnDelete(DeleteBehavior.SetNull);
        // One row per district: the weights are the district's, not a person's.
        builder.HasIndex(s => s.DistrictId).IsUnique();
    }
}

public sealed class StaffingPositionConfiguration : IEntityTypeConfiguration<StaffingPosition>
{
    public void Configure(EntityTypeBuilder<StaffingPosition> builder)
    {
        builder.Property(p => p.PositionKind).HasMaxLength(Limits.ShortName);
        builder.Property(p => p.Vacancies).HasPrecision(7, 1);
        builder.Property(p => p.ExtraPositions).HasPrecision(7, 1);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.SchoolYear).WithMany().HasForeignKey(p => p.SchoolYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SchoolYearId, p.SchoolId, p.PositionKind }).IsUnique();
    }
}
