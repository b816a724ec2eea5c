using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
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
public class ForgotPasswordModel(UserManager<BeaconUser> users, AccountMail mail, BeaconDbContext db) : PageModel
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
        // Into the outbox: a mail server that is down delays the mail, it never fails this page.
        await mail.QueuePasswordResetAsync(user);
        await db.SaveChangesAsync(cancellationToken);
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
