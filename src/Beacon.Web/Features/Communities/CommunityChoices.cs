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
        db.Frameworks.Where(f => f.Adopted)
            .SelectMany(f => db.Indicators.Where(i => i.FrameworkVersionId == f.CurrentVersionId)
                .Select(i => new IndicatorChoice(i.Id, f.Name, i.Code, i.Text)))
            .OrderBy(i => i.Framework).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);
}
