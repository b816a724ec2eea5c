using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Frameworks;

/// <summary>The published JSON schema of framework files, open to anyone who writes one.</summary>
[AllowAnonymous]
public class SchemaModel : PageModel
{
    public const string Path = "/frameworks/schema.json";

    private static readonly Lazy<string> Schema = new(() =>
    {
        using var stream = typeof(SchemaModel).Assembly.GetManifestResourceStream("Beacon.Web.Frameworks.framework.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Schema.Value;

    public IActionResult OnGet() => Content(Text, "application/schema+json");
}
