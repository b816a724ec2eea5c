using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>Adds an indicator to a domain of the current version, or edits (and may move) one.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndicatorModel(BeaconDbContext db, FrameworkStore store) : PageModel
{
    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    public Guid FrameworkId { get; private set; }

    public bool Adding { get; private set; }

    public IReadOnlyList<DomainDocument> Domains { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? indicatorId, Guid? domain, CancellationToken cancellationToken)
    {
        var (document, found) = await LoadAsync(id, indicatorId, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        if (found is var (d, i))
        {
            var indicator = document.Domains[d].Indicators[i];
            Form = new IndicatorForm
            {
                DomainCode = document.Domains[d].Code,
                Code = indicator.Code,
                Text = indicator.Text,
                Description = indicator.Description,
                Citation = indicator.Citation,
            };
        }
        else if (domain is not null)
        {
            Form.DomainCode = await db.FrameworkDomains.Where(x => x.Id == domain).Select(x => x.Code).FirstOrDefaultAsync(cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? indicatorId, CancellationToken cancellationToken)
    {
        var (document, found) = await LoadAsync(id, indicatorId, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        var target = document.Domains.FindIndex(x => x.Code == Form.DomainCode);
        if (target < 0)
        {
            ModelState.AddModelError("Form.DomainCode", "Choose the domain the indicator belongs to.");
            return Page();
        }
        var edited = new IndicatorDocument(
            Form.Code?.Trim() ?? "", Form.Text?.Trim() ?? "", FrameworkForms.Clean(Form.Description), FrameworkForms.Clean(Form.Citation));
        int at;
        if (found is var (d, i) && d == target)
        {
            document.Domains[d].Indicators[i] = edited;
            at = i;
        }
        else
        {
            if (found is var (oldDomain, oldIndex))
            {
                document.Domains[oldDomain].Indicators.RemoveAt(oldIndex);
            }
            document.Domains[target].Indicators.Add(edited);
            at = document.Domains[target].Indicators.Count - 1;
        }
        var path = $"$.domains[{target}].indicators[{at}]";
        FrameworkForms.AddProblems(ModelState, FrameworkJson.Validate(document), new Dictionary<string, (string, string)>
        {
            [$"{path}.code"] = ("Form.Code", "The code"),
            [$"{path}.text"] = ("Form.Text", "The indicator"),
            [$"{path}.description"] = ("Form.Description", "The description"),
            [$"{path}.citation"] = ("Form.Citation", "The source"),
        });
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var change = await store.SaveAsync(id, document, cancellationToken);
        TempData["Notice"] = FrameworkForms.Saved(change, Adding ? $"Indicator {edited.Code} added." : $"Indicator {edited.Code} updated.");
        return RedirectToPage("Details", new { id });
    }

    private async Task<(FrameworkDocument? Document, (int Domain, int Index)? Found)> LoadAsync(Guid id, Guid? indicatorId, CancellationToken cancellationToken)
    {
        FrameworkId = id;
        Adding = indicatorId is null;
        var document = await store.LoadAsync(id, cancellationToken: cancellationToken);
        Domains = document?.Domains ?? [];
        if (document is null || indicatorId is null)
        {
            return (document, null);
        }
        var code = await db.Indicators
            .Where(x => x.Id == indicatorId && db.Frameworks.Any(f => f.Id == id && f.CurrentVersionId == x.FrameworkVersionId))
            .Select(x => x.Code)
            .FirstOrDefaultAsync(cancellationToken);
        for (var d = 0; d < document.Domains.Count; d++)
        {
            var i = document.Domains[d].Indicators.FindIndex(x => x.Code == code);
            if (i >= 0)
            {
                return (document, (d, i));
            }
        }
        return (null, null);
    }
}

public sealed class IndicatorForm
{
    [Display(Name = "Domain")]
    public string? DomainCode { get; set; }

    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Display(Name = "Indicator: what the team rates")]
    public string? Text { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Source it comes from (optional)")]
    public string? Citation { get; set; }
}
