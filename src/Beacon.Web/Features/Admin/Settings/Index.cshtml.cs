using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Admin.DistrictSettings;

/// <summary>The district's look: a header colour and a small logo, set by a district administrator.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class IndexModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    [BindProperty]
    public string? Colour { get; set; }

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public bool HasLogo { get; private set; }
    public int Version { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync([FromQuery] string? saved, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Notice = saved switch
        {
            "colour" => "The header colour is saved.",
            "logo" => "The logo is saved.",
            "removed" => "The logo is removed.",
            _ => null,
        };
    }

    public async Task<IActionResult> OnPostColourAsync(CancellationToken cancellationToken)
    {
        var (colour, refusal) = BrandRules.Colour(Colour);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Colour), refusal);
            await LoadAsync(cancellationToken, keepColour: true);
            return Page();
        }
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.BrandColour = colour;
        await db.SaveChangesAsync(cancellationToken);
        Branding.Forget(cache, district.Id);
        return RedirectToPage(new { saved = "colour" });
    }

    public async Task<IActionResult> OnPostLogoAsync(CancellationToken cancellationToken)
    {
        string? refusal;
        byte[] content = [];
        string? contentType = null;
        if (Logo is null)
        {
            refusal = "Choose an image file for the logo.";
        }
        else if (Logo.Length > BrandLimits.MaxLogoBytes)
        {
            (_, refusal) = BrandRules.Logo([], Logo.Length);
        }
        else
        {
            using var memory = new MemoryStream();
            await Logo.CopyToAsync(memory, cancellationToken);
            content = memory.ToArray();
            (contentType, refusal) = BrandRules.Logo(content, content.Length);
        }
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Logo), refusal);
            await LoadAsync(cancellationToken);
            return Page();
        }
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.Logo = content;
        district.LogoContentType = contentType;
        district.BrandVersion++;
        await db.SaveChangesAsync(cancellationToken);
        Branding.Forget(cache, district.Id);
        return RedirectToPage(new { saved = "logo" });
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken cancellationToken)
    {
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.Logo = null;
        district.LogoContentType = null;
        district.BrandVersion++;
        await db.SaveChangesAsync(cancellationToken);
        Branding.Forget(cache, district.Id);
        return RedirectToPage(new { saved = "removed" });
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool keepColour = false)
    {
        var brand = await db.Districts.Select(d => new { d.BrandColour, HasLogo = d.LogoContentType != null, d.BrandVersion }).FirstAsync(cancellationToken);
        if (!keepColour)
        {
            Colour = brand.BrandColour;
        }
        HasLogo = brand.HasLogo;
        Version = brand.BrandVersion;
    }
}
