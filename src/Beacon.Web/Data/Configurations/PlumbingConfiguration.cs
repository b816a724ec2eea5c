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

public sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) =>
        builder.Property(t => t.Value).Metadata.SetMaxLength(null);
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
