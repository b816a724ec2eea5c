using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>Applies the gradualism rule to a member's plan with the district's limit.</summary>
public sealed class ActionPlans(BeaconDbContext db)
{
    public async Task<int> LimitAsync(CancellationToken cancellationToken = default) =>
        await db.CommunitySettings.Select(s => (int?)s.MaxActiveTechniques).FirstOrDefaultAsync(cancellationToken) ?? Gradualism.DefaultLimit;

    public Task<int> ActiveCountAsync(Guid memberId, Guid? except = null, CancellationToken cancellationToken = default) =>
        db.ActionPlanItems.CountAsync(i => i.MemberId == memberId && i.Id != except
            && (i.Status == TechniqueStatus.Planned || i.Status == TechniqueStatus.Trying), cancellationToken);

    /// <summary>Why the item may not move from <paramref name="from"/> to <paramref name="to"/>; null when it may.</summary>
    public async Task<string?> RefusalAsync(Guid memberId, Guid? itemId, TechniqueStatus? from, TechniqueStatus to, CancellationToken cancellationToken = default) =>
        Gradualism.NeedsPlace(from, to)
            ? Gradualism.RefusalFor(await ActiveCountAsync(memberId, itemId, cancellationToken), await LimitAsync(cancellationToken))
            : null;

    /// <summary>The techniques a teacher can choose from: the built-in library, then the district's own.</summary>
    public async Task<IReadOnlyList<Technique>> LibraryAsync(CancellationToken cancellationToken = default)
    {
        var own = await db.DistrictTechniques.OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Description }).ToListAsync(cancellationToken);
        return [.. TechniqueLibrary.BuiltIn, .. own.Select(t => new Technique($"district:{t.Id}", t.Name, t.Description))];
    }
}
