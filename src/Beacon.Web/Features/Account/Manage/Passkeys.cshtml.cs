using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Data.Configurations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Account.Manage;

/// <summary>
/// A person's own passkeys: the list, and adding one. The browser asks for creation options
/// (<see cref="OnPostCreationOptionsAsync"/>), creates the credential with <c>navigator.credentials.create</c>
/// (wwwroot/js/passkeys.js) and posts it back with the form; without JavaScript the form explains why nothing happens.
/// </summary>
[Authorize]
public class PasskeysModel(UserManager<BeaconUser> users, SignInManager<BeaconUser> signInManager, BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AddPasskeyForm Form { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PasskeyRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Called by the script: the options for <c>navigator.credentials.create</c>, remembered in a short-lived cookie.</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var options = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id,
            Name = user.Email ?? user.UserName ?? user.Id,
            DisplayName = user.DisplayName,
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid && string.IsNullOrWhiteSpace(Form.CredentialJson))
        {
            ModelState.AddModelError("Form.CredentialJson",
                "Your browser sent no passkey. Adding one needs JavaScript and a browser that supports passkeys; everything else in Beacon works without them.");
        }
        if (ModelState.IsValid && await db.UserPasskeys.CountAsync(p => p.UserId == user.Id) >= PasskeyLimits.PerAccount)
        {
            ModelState.AddModelError("Form.CredentialJson", $"You have {PasskeyLimits.PerAccount} passkeys, as many as an account keeps. Remove one you no longer use first.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var error = await AddAsync(user, Form.CredentialJson!, Form.Name);
        if (error is not null)
        {
            ModelState.AddModelError("Form.CredentialJson", error);
            await LoadAsync(user);
            return Page();
        }
        StatusMessage = "Your passkey is added. Next time, choose “Sign in with a passkey” on the sign-in page.";
        return RedirectToPage();
    }

    private async Task<string?> AddAsync(BeaconUser user, string credentialJson, string? name)
    {
        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signInManager.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No creation under way in this browser (the short-lived cookie expired or was never set).
            return "This request to add a passkey has expired. Choose “Add a passkey” again.";
        }
        if (!attestation.Succeeded)
        {
            return "Beacon could not add this passkey. Try again, or try another device or browser.";
        }
        if (attestation.UserEntity.Id != user.Id || await users.FindByPasskeyIdAsync(attestation.Passkey.CredentialId) is not null)
        {
            return "This passkey is already registered. Choose another device, or remove the old one first.";
        }
        attestation.Passkey.Name = string.IsNullOrWhiteSpace(name)
            ? string.Create(CultureInfo.InvariantCulture, $"Passkey added {clock.GetUtcNow():d MMMM yyyy}")
            : name.Trim();
        var result = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        return result.Succeeded ? null : "Beacon could not save this passkey. Try again.";
    }

    private async Task LoadAsync(BeaconUser user)
    {
        var passkeys = await db.UserPasskeys.AsNoTracking()
            .Where(p => p.UserId == user.Id)
            .Select(p => new { p.CredentialId, p.Data, LastUsedAt = EF.Property<DateTimeOffset?>(p, UserPasskeyConfiguration.LastUsedAt) })
            .ToListAsync();
        Rows = [.. passkeys
            .Select(p => new PasskeyRow(Passkeys.ToRouteId(p.CredentialId), p.Data.Name ?? "Unnamed passkey", p.Data.CreatedAt, p.LastUsedAt))
            .OrderBy(r => r.CreatedAt)];
    }
}

public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

public class AddPasskeyForm
{
    [StringLength(PasskeyLimits.NameLength, ErrorMessage = "Keep the name under {1} characters.")]
    [Display(Name = "Name (optional)")]
    public string? Name { get; set; }

    [StringLength(PasskeyLimits.CredentialJsonLength, ErrorMessage = "Your browser sent more than a passkey. Try again.")]
    public string? CredentialJson { get; set; }
}
