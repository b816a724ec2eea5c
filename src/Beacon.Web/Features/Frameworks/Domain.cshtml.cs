using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Frameworks;

/// <summary>Adds a domain (with its first indicator) to a framework, or edits one of the current version's domains.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class DomainModel(BeaconDbContext db, FrameworkStore store) : PageModel
{
    [BindProperty]
    public DomainForm Form { get; set; } = new();

    public Guid FrameworkId { get; private set; }

    public bool Adding { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? domainId, CancellationToken cancellationToken)
    {
        var (document, index) = await LoadAsync(id, domainId, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        if (index is { } i)
        {
            var domain = document.Domains[i];
            Form = new DomainForm { Code = domain.Code, Name = domain.Name, Description = domain.Description };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? domainId, CancellationToken cancellationToken)
    {
        var (document, index) = await LoadAsync(id, domainId, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        var edited = new DomainDocument(Form.Code?.Trim() ?? "", Form.Name?.Trim() ?? "", FrameworkForms.Clean(Form.Description));
        int at;
        if (index is { } i)
        {
            document.Domains[i] = edited with { Indicators = document.Domains[i].Indicators };
            at = i;
        }
        else
        {
            document.Domains.Add(edited with
            {
                Indicators = [new IndicatorDocument(Form.IndicatorCode?.Trim() ?? "", Form.IndicatorText?.Trim() ?? "")],
            });
            at = document.Domains.Count - 1;
        }
        FrameworkForms.AddProblems(ModelState, FrameworkJson.Validate(document), new Dictionary<string, (string, string)>
        {
            [$"$.domains[{at}].code"] = ("Form.Code", "The code"),
            [$"$.domains[{at}].name"] = ("Form.Name", "The name"),
            [$"$.domains[{at}].description"] = ("Form.Description", "The description"),
            [$"$.domains[{at}].indicators[0].code"] = ("Form.IndicatorCode", "The indicator code"),
            [$"$.domains[{at}].indicators[0].text"] = ("Form.IndicatorText", "The indicator"),
        });
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var change = await store.SaveAsync(id, document, cancellationToken);
        TempData["Notice"] = FrameworkForms.Saved(change, Adding ? $"Domain {edited.Code} added." : $"Domain {edited.Code} updated.");
        return RedirectToPage("Details", new { id });
    }

    private async Task<(FrameworkDocument? Document, int? Index)> LoadAsync(Guid id, Guid? domainId, CancellationToken cancellationToken)
    {
        FrameworkId = id;
        Adding = domainId is null;
        var document = await store.LoadAsync(id, cancellationToken: cancellationToken);
        if (document is null || domainId is null)
        {
            return (document, null);
        }
        var code = await db.FrameworkDomains
            .Where(d => d.Id == domainId && db.Frameworks.Any(f => f.Id == id && f.CurrentVersionId == d.FrameworkVersionId))
            .Select(d => d.Code)
            .FirstOrDefaultAsync(cancellationToken);
        var index = document.Domains.FindIndex(d => d.Code == code);
        return index < 0 ? (null, null) : (document, index);
    }
}

public sealed class DomainForm
{
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Code of its first indicator")]
    public string? IndicatorCode { get; set; }

    [Display(Name = "Its first indicator: what the team rates")]
    public string? IndicatorText { get; set; }
}
