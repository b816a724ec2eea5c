using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Frameworks;

/// <summary>Edits a framework's name, description and rubric. A rubric change to a version in use makes a new version.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class EditModel(FrameworkStore store) : PageModel
{
    [BindProperty]
    public EditForm Form { get; set; } = new();

    public Guid FrameworkId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.LoadAsync(id, cancellationToken: cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        FrameworkId = id;
        Form = new EditForm { Name = document.Name, Description = document.Description, Levels = FrameworkForms.RowsFor(document.Rubric) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.LoadAsync(id, cancellationToken: cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        FrameworkId = id;
        var (levels, rowOf) = FrameworkForms.LevelsFrom(Form.Levels);
        document.Name = Form.Name?.Trim() ?? "";
        document.Description = FrameworkForms.Clean(Form.Description);
        document.Rubric = levels;
        var fields = new Dictionary<string, (string, string)>
        {
            ["$.name"] = ("Form.Name", "The name"),
            ["$.description"] = ("Form.Description", "The description"),
        };
        FrameworkForms.AddLevelFields(fields, "Form.Levels", rowOf);
        FrameworkForms.AddProblems(ModelState, FrameworkJson.Validate(document), fields);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var change = await store.SaveAsync(id, document, cancellationToken);
        TempData["Notice"] = FrameworkForms.Saved(change, "Name and rubric updated.");
        return RedirectToPage("Details", new { id });
    }
}

public sealed class EditForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    public List<LevelInput> Levels { get; set; } = FrameworkForms.RowsFor([]);
}
