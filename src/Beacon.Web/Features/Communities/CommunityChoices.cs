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

    // A join, not a SelectMany over a correlated subquery: SQLite cannot translate the latter (it needs
    // APPLY), and the page answered 500 in every district with an adopted framework.
    public static Task<List<IndicatorChoice>> IndicatorsAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        (from f in db.Frameworks
         where f.Adopted
         join i in db.Indicators on f.CurrentVersionId equals i.FrameworkVersionId
         orderby f.Name, i.Code
         select new IndicatorChoice(i.Id, f.Name, i.Code, i.Text))
            .ToListAsync(cancellationToken);
}
