using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Limits.Name);
        builder.Property(d => d.Slug).HasMaxLength(60);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.BrandColour).HasMaxLength(7);
        builder.Property(d => d.LogoContentType).HasMaxLength(20);
    }
}
