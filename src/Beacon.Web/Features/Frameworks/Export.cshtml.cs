using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Frameworks;

/// <summary>Downloads one version of a framework (the current one unless asked) as JSON in the published format.</summary>
public partial class ExportModel(FrameworkStore store, Ui.PublicLinks links) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? version, CancellationToken cancellationToken)
    {
        var document = await store.LoadAsync(id, version, cancellationToken: cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        var schema = links.Path(SchemaModel.Path);
        var name = Unsafe().Replace(document.Name.ToLowerInvariant(), "-").Trim('-');
        return File(FrameworkJson.Write(document, schema), FrameworkJson.MediaType, $"{(name.Length == 0 ? "framework" : name)}.json");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Unsafe();
}
