using Beacon.Web.Features.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(Limits.Name);
        builder.Property(f => f.Description).HasMaxLength(Limits.Text);
        builder.Property(f => f.PackKey).HasMaxLength(60);
        builder.HasIndex(f => new { f.DistrictId, f.PackKey });
        builder.HasMany(f => f.Versions).WithOne(v => v.Framework)
            .HasForeignKey(v => v.FrameworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.HasIndex(v => new { v.FrameworkId, v.Number }).IsUnique();
        builder.HasMany(v => v.Levels).WithOne()
            .HasForeignKey(l => l.FrameworkVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Domains).WithOne()
            .HasForeignKey(d => d.FrameworkVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Indicators).WithOne()
            .HasForeignKey(i => i.FrameworkVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RubricLevelConfiguration : IEntityTypeConfiguration<RubricLevel>
{
    public void Configure(EntityTypeBuilder<RubricLevel> builder)
    {
        builder.Property(l => l.Label).HasMaxLength(60);
        builder.HasIndex(l => new { l.FrameworkVersionId, l.Value }).IsUnique();
    }
}

public sealed class FrameworkDomainConfiguration : IEntityTypeConfiguration<FrameworkDomain>
{
    public void Configure(EntityTypeBuilder<FrameworkDomain> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(Limits.Name);
        builder.Property(d => d.Description).HasMaxLength(Limits.Text);
        builder.HasIndex(d => new { d.FrameworkVersionId, d.Code }).IsUnique();
        builder.HasMany(d => d.Indicators).WithOne(i => i.Domain)
            .HasForeignKey(i => i.DomainId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Text).HasMaxLength(Limits.ShortText);
        builder.Property(i => i.Description).HasMaxLength(Limits.Text);
        builder.Property(i => i.Citation).HasMaxLength(Limits.ShortText);
        builder.HasIndex(i => new { i.FrameworkVersionId, i.Code }).IsUnique();
    }
}
