using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Frameworks;

/// <summary>
/// Imports a framework from a JSON file in the published format as a new framework of the
/// district. Every problem in the file is listed with its path; nothing is saved unless there are none.
/// </summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public class ImportModel(FrameworkStore store) : PageModel
{
    // Larger than the file limit, so a file somewhat over it still gets a clear message rather than a refused request.
    private const int RequestLimit = 4 * FrameworkLimits.MaxFileBytes;

    [BindProperty]
    [Display(Name = "Framework file (.json)")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<FrameworkProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a framework file (.json) to import.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var result = FrameworkJson.Read(buffer.ToArray());
        if (result.Document is null)
        {
            Problems = result.Problems;
            ModelState.AddModelError(string.Empty,
                $"“{Upload.FileName}” was not imported: it has {Ui.Plural.Of(Problems.Count, "problem")}, listed below. Nothing was saved. Fix them and import the file again.");
            return Page();
        }
        var framework = await store.CreateAsync(result.Document, cancellationToken);
        TempData["Notice"] = $"“{framework.Name}” is imported and adopted, with {Ui.Plural.Of(result.Document.Indicators.Count(), "indicator")}.";
        return RedirectToPage("Details", new { id = framework.Id });
    }
}
