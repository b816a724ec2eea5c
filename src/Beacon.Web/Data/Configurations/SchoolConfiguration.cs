using Beacon.Web.Features.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(s => new { s.DistrictId, s.SourceId }).IsUnique();
        // Id too: the list sorts by name then id, and an index that ends at the name leaves SQLite sorting every school to page fifty.
        builder.HasIndex(s => new { s.DistrictId, s.Name, s.Id });
    }
}

public sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> builder)
    {
        builder.Property(y => y.Name).HasMaxLength(20);
        builder.HasIndex(y => new { y.DistrictId, y.Name }).IsUnique();
    }
}
