using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>Asks, then removes a domain (with its indicators) or an indicator from the current version.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class RemoveModel(BeaconDbContext db, FrameworkStore store, IFrameworkVersionUse versionUse) : PageModel
{
    public Guid FrameworkId { get; private set; }
    public string What { get; private set; } = "";
    public int IndicatorsGoing { get; private set; }
    public bool InUse { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        await LoadAsync(id, itemId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, itemId, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        var problems = FrameworkJson.Validate(document);
        if (problems.Count > 0)
        {
            ModelState.AddModelError(string.Empty, problems.Any(p => p.Path == "$.domains")
                ? $"{What} is the framework's only domain, and a framework needs at least one. Add another domain first."
                : $"{What} is the only indicator of its domain. Remove the whole domain instead, or add another indicator first.");
            return Page();
        }
        var change = await store.SaveAsync(id, document, cancellationToken);
        TempData["Notice"] = FrameworkForms.Saved(change, $"{What} removed.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The current document with the item already taken out, or null when the item is not in the current version.</summary>
    private async Task<FrameworkDocument?> LoadAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        FrameworkId = id;
        var version = await db.Frameworks.Where(f => f.Id == id).Select(f => (Guid?)f.CurrentVersionId).FirstOrDefaultAsync(cancellationToken);
        var document = version is null ? null : await store.LoadAsync(id, cancellationToken: cancellationToken);
        if (document is null)
        {
            return null;
        }
        InUse = await versionUse.UsedVersionIds().AnyAsync(used => used == version, cancellationToken);
        var domainCode = await db.FrameworkDomains.Where(d => d.Id == itemId && d.FrameworkVersionId == version).Select(d => d.Code).FirstOrDefaultAsync(cancellationToken);
        if (domainCode is not null)
        {
            var domain = document.Domains.Single(d => d.Code == domainCode);
            What = $"Domain {domain.Code} ({domain.Name})";
            IndicatorsGoing = domain.Indicators.Count;
            document.Domains.Remove(domain);
            return document;
        }
        var indicatorCode = await db.Indicators.Where(i => i.Id == itemId && i.FrameworkVersionId == version).Select(i => i.Code).FirstOrDefaultAsync(cancellationToken);
        var owner = document.Domains.FirstOrDefault(d => d.Indicators.Any(i => i.Code == indicatorCode));
        if (indicatorCode is null || owner is null)
        {
            return null;
        }
        What = $"Indicator {indicatorCode}";
        IndicatorsGoing = 1;
        owner.Indicators.RemoveAll(i => i.Code == indicatorCode);
        return document;
    }
}
