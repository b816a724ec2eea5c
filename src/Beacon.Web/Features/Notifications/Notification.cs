using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Notifications;

/// <summary>
/// Something a person should know about (a mention, a plan returned to them, an action coming due),
/// shown on their notifications page and mailed at once or in their digest.
/// </summary>
public class Notification : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string UserId { get; set; }
    public required string Text { get; set; }

    /// <summary>The page inside Beacon it is about, as a path ("/Plans/Feedback/…").</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When it went out by mail, alone or in a digest; null while it waits for the person's digest.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}

/// <summary>How a person wants their notifications mailed.</summary>
public enum DigestChoice
{
    EachItem,
    Daily,
    Weekly,
}

/// <summary>A person's choice of digest, and when their last digest went out. No row means each item is mailed at once.</summary>
public class NotificationSettings : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string UserId { get; set; }
    public DigestChoice Digest { get; set; }
    public DateTimeOffset? LastDigestAt { get; set; }
}
