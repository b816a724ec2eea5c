using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>Renames one of the person's own passkeys; anyone else's, or none, is a 404.</summary>
[Authorize]
public class RenamePasskeyModel(UserManager<BeaconUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public RenamePasskeyForm Form { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string CurrentName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OwnPasskeyAsync(users, User, Id) is not (_, { } passkey))
        {
            return NotFound();
        }
        CurrentName = passkey.Name ?? "";
        Form.Name = CurrentName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OwnPasskeyAsync(users, User, Id) is not ({ } user, { } passkey))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            CurrentName = passkey.Name ?? "";
            return Page();
        }
        passkey.Name = Form.Name.Trim();
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        StatusMessage = $"Your passkey is now called “{passkey.Name}”.";
        return RedirectToPage("Passkeys");
    }

    /// <summary>The signed-in person and their passkey with this id (base64url), or nulls.</summary>
    internal static async Task<(BeaconUser? User, UserPasskeyInfo? Passkey)> OwnPasskeyAsync(UserManager<BeaconUser> users, System.Security.Claims.ClaimsPrincipal principal, string? id)
    {
        if (Passkeys.FromRouteId(id) is not { } credentialId || await users.GetUserAsync(principal) is not { } user)
        {
            return (null, null);
        }
        return (user, await users.GetPasskeyAsync(user, credentialId));
    }
}

public class RenamePasskeyForm
{
    [Required(ErrorMessage = "Enter a name, such as the device the passkey is on.")]
    [StringLength(PasskeyLimits.NameLength, ErrorMessage = "Keep the name under {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";
}
