using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

public enum MemberRole
{
    Member,
    Facilitator,
}

/// <summary>
/// A person in a community. Belongs to the person's own district, which for a network can differ
/// from the network's: that is how a joined district's people take part without anyone else's
/// district reading their records directly. The name is kept here so a network's roster can show it.
/// </summary>
public class CommunityMember : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CommunityId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public MemberRole Role { get; set; }

    /// <summary>For a facilitator: when they completed facilitator training, and what it was.</summary>
    public DateOnly? TrainedOn { get; set; }
    public string? Training { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
    DateTimeOffset ICreatedAt.CreatedAt { get => JoinedAt; set => JoinedAt = value; }
}
