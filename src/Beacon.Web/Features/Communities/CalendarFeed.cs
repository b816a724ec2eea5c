using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// A subscribable calendar: the meetings of one community, or of every community one person is in.
/// Only a hash of its secret token is kept; revoking it makes the address answer 404.
/// </summary>
public class CalendarFeed : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string TokenHash { get; set; }
    public Guid? CommunityId { get; set; }
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A district's membership of another district's network. Owned by the joining district.</summary>
public class NetworkMembership : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid NetworkId { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    DateTimeOffset ICreatedAt.CreatedAt { get => JoinedAt; set => JoinedAt = value; }
}
