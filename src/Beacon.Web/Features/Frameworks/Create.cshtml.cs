using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Frameworks;

/// <summary>A district administrator writes a new framework: its name, rubric and a first domain with a first indicator.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class CreateModel(FrameworkStore store) : PageModel
{
    [BindProperty]
    public CreateForm Form { get; set; } = new();

    public void OnGet() => Form.Levels = FrameworkForms.RowsFor(DefaultRubric.Levels());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (levels, rowOf) = FrameworkForms.LevelsFrom(Form.Levels);
        var document = new FrameworkDocument
        {
            Name = Form.Name?.Trim() ?? "",
            Description = FrameworkForms.Clean(Form.Description),
            Rubric = levels,
            Domains =
            [
                new DomainDocument(Form.DomainCode?.Trim() ?? "", Form.DomainName?.Trim() ?? "")
                {
                    Indicators = [new IndicatorDocument(Form.IndicatorCode?.Trim() ?? "", Form.IndicatorText?.Trim() ?? "")],
                },
            ],
        };
        var fields = new Dictionary<string, (string, string)>
        {
            ["$.name"] = ("Form.Name", "The name"),
            ["$.description"] = ("Form.Description", "The description"),
            ["$.domains[0].code"] = ("Form.DomainCode", "The domain code"),
            ["$.domains[0].name"] = ("Form.DomainName", "The domain name"),
            ["$.domains[0].indicators[0].code"] = ("Form.IndicatorCode", "The indicator code"),
            ["$.domains[0].indicators[0].text"] = ("Form.IndicatorText", "The indicator"),
        };
        FrameworkForms.AddLevelFields(fields, "Form.Levels", rowOf);
        FrameworkForms.AddProblems(ModelState, FrameworkJson.Validate(document), fields);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var framework = await store.CreateAsync(document, cancellationToken);
        TempData["Notice"] = $"“{framework.Name}” is created and adopted. Add more domains and indicators below.";
        return RedirectToPage("Details", new { id = framework.Id });
    }
}

public sealed class CreateForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    public List<LevelInput> Levels { get; set; } = FrameworkForms.RowsFor([]);

    [Display(Name = "Code of the first domain")]
    public string? DomainCode { get; set; }

    [Display(Name = "Name of the first domain")]
    public string? DomainName { get; set; }

    [Display(Name = "Code of the first indicator")]
    public string? IndicatorCode { get; set; }

    [Display(Name = "First indicator: what the team rates")]
    public string? IndicatorText { get; set; }
}
