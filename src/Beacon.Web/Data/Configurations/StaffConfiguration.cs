using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.GivenName).HasMaxLength(100);
        builder.Property(s => s.FamilyName).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.HasIndex(s => new { s.DistrictId, s.SourceId }).IsUnique();
        // Id too: the staff list sorts by name then id, and the page is read in index order without a sort.
        builder.HasIndex(s => new { s.DistrictId, s.FamilyName, s.GivenName, s.Id });
        builder.Ignore(s => s.FullName);
    }
}

public sealed class StaffAssignmentConfiguration : IEntityTypeConfiguration<StaffAssignment>
{
    public void Configure(EntityTypeBuilder<StaffAssignment> builder)
    {
        builder.HasOne(a => a.StaffMember).WithMany(s => s.Assignments)
            .HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.School).WithMany(s => s.Assignments)
            .HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.StaffMemberId, a.SchoolId }).IsUnique();
    }
}
