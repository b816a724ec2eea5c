using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>The lists the community form offers: schools, and the indicators of the district's adopted frameworks.</summary>
public static class CommunityChoices
{
    public sealed record IndicatorChoice(Guid Id, string Framework, string Code, string Text);

    public static async Task<IReadOnlyList<(Guid Id, string Name)>> SchoolsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return schools.Select(s => (s.Id, s.Name)).ToList();
    }

    public static Task<List<IndicatorChoice>> IndicatorsAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        // Ordered before the record is built: EF cannot order by a member of a constructed record,
        // and the page answered 500 in every district with an adopted framework (found by the tenancy sweep).
        db.Frameworks.Where(f => f.Adopted)
            .SelectMany(f => db.Indicators.Where(i => i.FrameworkVersionId == f.CurrentVersionId), (f, i) => new { i.Id, Framework = f.Name, i.Code, i.Text })
            .OrderBy(i => i.Framework).ThenBy(i => i.Code)
            .Select(i => new IndicatorChoice(i.Id, i.Framework, i.Code, i.Text))
            .ToListAsync(cancellationToken);
}
