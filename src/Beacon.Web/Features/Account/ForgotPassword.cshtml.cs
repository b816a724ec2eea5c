using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>
/// Mails a reset link. Answers the same, after the same work, whether or not the address has an
/// account, and whether or not the mail could be sent, so the page cannot be used to find accounts.
/// </summary>
[AllowAnonymous]
[Throttled(ThrottledAction.ForgotPassword)]
public class ForgotPasswordModel(UserManager<BeaconUser> users, AccountMail mail, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public ForgotPasswordForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Form.Email.Trim());
        try
        {
            await mail.SendPasswordResetAsync(user, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The person sees the same answer as for an unknown address; the operator sees why no mail went.
            logger.LogError(exception, "The password reset mail could not be sent");
        }
        return RedirectToPage(new { sent = true });
    }
}

public class ForgotPasswordForm
{
    [Required(ErrorMessage = "Enter the email address you sign in with.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@district.org.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}
