using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>Where the link of an invitation mail lands: the invited person chooses their first password.</summary>
[AllowAnonymous]
public class AcceptInvitationModel(UserManager<BeaconUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordForm Form { get; set; } = new();

    /// <summary>The invited person, once the link is known to be good.</summary>
    public BeaconUser? Invited { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Invited = await InvitedAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Invited = await InvitedAsync(cancellationToken);
        if (Invited is null || !ModelState.IsValid)
        {
            return Page();
        }
        // Following the mailed link proves the address.
        Invited.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(Invited, Form.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, passwordField: "Form.Password");
            return Page();
        }
        return RedirectToPage("/Account/PasswordSet");
    }

    private async Task<BeaconUser?> InvitedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(UserId) || AccountLinks.Decode(Code) is not { } token
            || await users.FindByIdAsync(UserId) is not { } user
            || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return null;
        }
        return user;
    }
}
