using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

/// <summary>Key rings and tokens are longer than the 400-character default for strings.</summary>
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) =>
        builder.Property(k => k.Xml).Metadata.SetMaxLength(null);
}

// Identity's schema version 3 (for passkeys) also shortens these columns, primary keys among them;
// Beacon's tables predate it and keep the lengths they have, so the upgrade adds a table and alters none.
public sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder)
    {
        builder.Property(t => t.Value).Metadata.SetMaxLength(null);
        builder.Property(t => t.LoginProvider).HasMaxLength(BeaconDbContext.DefaultStringLength);
        builder.Property(t => t.Name).HasMaxLength(BeaconDbContext.DefaultStringLength);
    }
}

public sealed class UserPhoneNumberConfiguration : IEntityTypeConfiguration<Identity.BeaconUser>
{
    public void Configure(EntityTypeBuilder<Identity.BeaconUser> builder) =>
        builder.Property(u => u.PhoneNumber).HasMaxLength(BeaconDbContext.DefaultStringLength);
}

public sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder)
    {
        builder.Property(l => l.LoginProvider).HasMaxLength(BeaconDbContext.DefaultStringLength);
        builder.Property(l => l.ProviderKey).HasMaxLength(BeaconDbContext.DefaultStringLength);
    }
}

/// <summary>The body is a whole mail; the sender's index finds due mail without reading the rest.</summary>
public sealed class OutboxMailConfiguration : IEntityTypeConfiguration<Mail.OutboxMail>
{
    public void Configure(EntityTypeBuilder<Mail.OutboxMail> builder)
    {
        builder.Property(m => m.HtmlBody).Metadata.SetMaxLength(null);
        builder.Property(m => m.LastError).HasMaxLength(Limits.Paragraph);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.DistrictId);
        builder.HasIndex(m => new { m.BatchId, m.Status });
    }
}

/// <summary>
/// Identity keeps a passkey's name and creation time; when it was last used is Beacon's own column
/// (a shadow property, so Identity's entity stays as it is), stamped by a passkey sign-in.
/// </summary>
public sealed class UserPasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<string>>
{
    public const string LastUsedAt = "LastUsedAt";

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<string>> builder) =>
        builder.Property<DateTimeOffset?>(LastUsedAt);
}

public sealed class FigureVersionConfiguration : IEntityTypeConfiguration<Figures.FigureVersion>
{
    public void Configure(EntityTypeBuilder<Figures.FigureVersion> builder)
    {
        builder.HasKey(v => new { v.DistrictId, v.Name });
        builder.HasOne<Tenancy.District>().WithMany().HasForeignKey(v => v.DistrictId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Name).HasMaxLength(40);
    }
}
