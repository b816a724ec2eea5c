using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Users;

/// <summary>Invites a person into the administrator's own district: an account with a role and no password, and a mail to set one.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
[Throttled(ThrottledAction.Invitation)]
public class InviteModel(BeaconDbContext db, CurrentDistrict currentDistrict, Invitations invitations) : PageModel
{
    [BindProperty]
    public InviteForm Form { get; set; } = new();

    public IEnumerable<SelectListItem> RoleOptions => RoleChoices.Options(Form.Role);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var staffMemberId = await StaffMemberAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The district comes from the signed-in administrator, never from the form.
        var districtId = currentDistrict.Id!.Value;
        // The account and its invitation mail are written together, or neither is: the page's
        // transaction (TransactionPageFilter) rolls back when the form is shown again with errors.
        var (result, user) = await invitations.CreateAccountAsync(new Invitee(Form.Email, Form.Name, Form.Role, staffMemberId), districtId);
        var heldElsewhere = Invitations.HeldByAnotherDistrict(result);
        if (!result.Succeeded && !heldElsewhere)
        {
            IdentityErrors.AddTo(ModelState, result, emailField: "Form.Email");
            return Page();
        }
        var districtName = await db.Districts.Select(d => d.Name).FirstAsync(cancellationToken);
        var invitedBy = User.FindFirst(BeaconClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? "Your district administrator";
        // An account of another district is none of this district's business: the answer is an invitation's,
        // and the address's owner is told instead (the same work: a token and a mail).
        await (heldElsewhere
            ? invitations.QueueAlreadyHeldAsync(user, districtName, invitedBy)
            : invitations.QueueAsync(user, districtName, invitedBy));
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = $"{user.DisplayName} is invited. We mailed {user.Email} a link to choose a password.";
        return RedirectToPage("Index");
    }

    /// <summary>Links the staff record named on the form, or else the one with the invited email, if any.</summary>
    private async Task<Guid?> StaffMemberAsync(CancellationToken cancellationToken)
    {
        var named = !string.IsNullOrWhiteSpace(Form.StaffEmail);
        var email = (named ? Form.StaffEmail! : Form.Email).Trim().ToLowerInvariant();
        var id = await db.StaffMembers
            .Where(s => s.Email != null && s.Email.ToLower() == email)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (named && id is null)
        {
            ModelState.AddModelError("Form.StaffEmail", "No staff record in this district has this email. Check the staff list, or leave this empty.");
        }
        return id;
    }
}

public class InviteForm
{
    [Required(ErrorMessage = "Enter the person's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@district.org.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's name as colleagues know it.")]
    [StringLength(Limits.Name, ErrorMessage = "Use at most {1:N0} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose what the person may do in Beacon.")]
    [Display(Name = "Role")]
    [DistrictRole]
    public string Role { get; set; } = Roles.Teacher;

    [EmailAddress(ErrorMessage = "Enter an email address like name@district.org, or leave this empty.")]
    [Display(Name = "Staff record email (optional)")]
    public string? StaffEmail { get; set; }
}
