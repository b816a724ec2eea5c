using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>One framework: its rubric, domains and indicators with their citations, and its versions.</summary>
public class DetailsModel(BeaconDbContext db, IFrameworkVersionUse versionUse) : PageModel
{
    public Framework Framework { get; private set; } = null!;
    public FrameworkVersion Shown { get; private set; } = null!;
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool IsCurrent => Shown.Id == Framework.CurrentVersionId;

    public bool CanAuthor => User.IsInRole(Roles.DistrictAdministrator) && IsCurrent;

    public bool CurrentInUse => Versions.Any(v => v.Id == Framework.CurrentVersionId && v.Cycles > 0);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? version, CancellationToken cancellationToken)
    {
        var framework = await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (framework is null)
        {
            return NotFound();
        }
        var shown = await db.FrameworkVersions.AsNoTracking()
            .Include(v => v.Levels).Include(v => v.Domains).Include(v => v.Indicators).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.FrameworkId == id && v.Id == (version ?? framework.CurrentVersionId), cancellationToken);
        if (shown is null)
        {
            return NotFound();
        }
        Framework = framework;
        Shown = shown;
        var uses = versionUse.UsedVersionIds();
        Versions = await db.FrameworkVersions.Where(v => v.FrameworkId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Id, v.Number, v.CreatedAt, v.CreatedBy, uses.Count(used => used == v.Id)))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public IEnumerable<Indicator> IndicatorsOf(FrameworkDomain domain) =>
        Shown.Indicators.Where(i => i.DomainId == domain.Id).OrderBy(i => i.Position);

    public sealed record VersionRow(Guid Id, int Number, DateTimeOffset CreatedAt, string CreatedBy, int Cycles);
}
