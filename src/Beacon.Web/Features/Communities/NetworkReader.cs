using System.Security.Cryptography;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

public sealed record NetworkMemberView(Guid Id, Guid DistrictId, string DistrictName, string DisplayName, MemberRole Role);

public sealed record NetworkView(
    Guid Id, string Name, string? Focus, Guid OwnerDistrictId, IReadOnlyList<(Guid Id, string Name)> Districts, IReadOnlyList<NetworkMemberView> Members);

/// <summary>
/// The one deliberate crossing of district lines in learning communities. A network belongs to one
/// district, and other districts join it explicitly; its roster then spans every member district.
/// Every read here first proves, through the ordinary tenant filter, that the current district owns
/// or has joined the network, and only then reads the network's own rows without the filter, limited
/// to that network and to its member districts. Nothing else of another district is ever read.
/// </summary>
public sealed class NetworkReader(BeaconDbContext db)
{
    public async Task<bool> IsMemberDistrictAsync(Guid networkId, CancellationToken cancellationToken = default) =>
        await db.Communities.AnyAsync(c => c.Id == networkId && c.Kind == CommunityKind.Network, cancellationToken)
        || await db.NetworkMemberships.AnyAsync(m => m.NetworkId == networkId, cancellationToken);

    public async Task<NetworkView?> ReadAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        if (!await IsMemberDistrictAsync(networkId, cancellationToken))
        {
            return null;
        }
        var network = await Unfiltered(db.Communities).Where(c => c.Id == networkId && c.Kind == CommunityKind.Network)
            .Select(c => new { c.Id, c.Name, c.Focus, c.DistrictId }).SingleOrDefaultAsync(cancellationToken);
        if (network is null)
        {
            return null;
        }
        var districtIds = await MemberDistrictsAsync(network.Id, network.DistrictId, cancellationToken);
        var districts = await Unfiltered(db.Districts).Where(d => districtIds.Contains(d.Id)).OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var names = districts.ToDictionary(d => d.Id, d => d.Name);
        var members = await Unfiltered(db.CommunityMembers).Where(m => m.CommunityId == network.Id && districtIds.Contains(m.DistrictId))
            .Select(m => new { m.Id, m.DistrictId, m.DisplayName, m.Role }).ToListAsync(cancellationToken);
        return new NetworkView(network.Id, network.Name, network.Focus, network.DistrictId,
            districts.Select(d => (d.Id, d.Name)).ToList(),
            members.Select(m => new NetworkMemberView(m.Id, m.DistrictId, names[m.DistrictId], m.DisplayName, m.Role))
                .OrderBy(m => m.DistrictName).ThenBy(m => m.DisplayName).ToList());
    }

    /// <summary>The networks of other districts that the current district has joined, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> JoinedAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.NetworkMemberships.Select(m => m.NetworkId).ToListAsync(cancellationToken);
        var networks = await Unfiltered(db.Communities).Where(c => ids.Contains(c.Id) && c.Kind == CommunityKind.Network)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return networks.Select(n => (n.Id, n.Name)).ToList();
    }

    /// <summary>The network a join code opens, if any; knowing the code is what entitles a district to find it.</summary>
    public async Task<(Guid Id, string Name, Guid OwnerDistrictId)?> FindByJoinCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var hash = CalendarTokens.Hash(code.Trim().ToLowerInvariant());
        var network = await Unfiltered(db.Communities).Where(c => c.JoinCodeHash == hash && c.Kind == CommunityKind.Network)
            .Select(c => new { c.Id, c.Name, c.DistrictId }).FirstOrDefaultAsync(cancellationToken);
        return network is null ? null : (network.Id, network.Name, network.DistrictId);
    }

    public static string NewJoinCode() => Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    private async Task<List<Guid>> MemberDistrictsAsync(Guid networkId, Guid ownerId, CancellationToken cancellationToken)
    {
        var joined = await Unfiltered(db.NetworkMemberships).Where(m => m.NetworkId == networkId).Select(m => m.DistrictId).ToListAsync(cancellationToken);
        return [ownerId, .. joined];
    }

    private static IQueryable<T> Unfiltered<T>(IQueryable<T> source) where T : class =>
        source.IgnoreQueryFilters([BeaconDbContext.TenantFilter]);
}
