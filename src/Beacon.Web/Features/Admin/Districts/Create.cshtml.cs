using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Admin.Districts;

/// <summary>Creates a district together with its first district administrator, who is mailed an invitation.</summary>
[Authorize(Policy = Policies.SystemAdministrator)]
public class CreateModel(
    BeaconDbContext db,
    DistrictProvisioner provisioner,
    UserManager<BeaconUser> users,
    Invitations invitations) : PageModel
{
    [BindProperty]
    public CreateDistrictForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await provisioner.SlugTakenAsync(Form.Slug, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", "Another district already uses this short name. Choose another.");
        }
        // Checked before anything is created; with no district in scope Identity sees every account.
        if (ModelState.IsValid && await users.FindByEmailAsync(Form.AdminEmail.Trim()) is not null)
        {
            ModelState.AddModelError("Form.AdminEmail", users.ErrorDescriber.DuplicateEmail(Form.AdminEmail.Trim()).Description);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The page's transaction (TransactionPageFilter) holds the district, its administrator and the
        // invitation: a refusal below shows the form again and rolls all of it back.
        District district;
        try
        {
            district = await provisioner.CreateAsync(Form.Name, Form.Slug, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another administrator took the short name between the check above and this save.
            ModelState.AddModelError("Form.Slug", "Another district already uses this short name. Choose another.");
            return Page();
        }
        var (result, admin) = await invitations.CreateAccountAsync(
            new Invitee(Form.AdminEmail, Form.AdminName, Roles.DistrictAdministrator), district.Id);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, emailField: "Form.AdminEmail");
            return Page();
        }
        // The invitation is written with the district: it waits in the outbox if mail cannot go out now.
        var invitedBy = User.FindFirst(BeaconClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? "The Beacon system administrator";
        await invitations.QueueAsync(admin, district.Name, invitedBy);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = $"{district.Name} is created. We mailed {admin.Email} an invitation to administer it.";
        return RedirectToPage("Index");
    }
}

public class CreateDistrictForm
{
    [Required(ErrorMessage = "Enter the district's name.")]
    [StringLength(Limits.Name, ErrorMessage = "Use at most {1:N0} characters.")]
    [Display(Name = "District name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short name, like riverside.")]
    [StringLength(Limits.Code, MinimumLength = 2, ErrorMessage = "Use between {2} and {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$",
        ErrorMessage = "Use lowercase letters, digits and single hyphens between them, like riverside-unified.")]
    [Display(Name = "Short name")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the email of the person who will administer the district.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@district.org.")]
    [Display(Name = "District administrator's email")]
    public string AdminEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter the district administrator's name.")]
    [StringLength(Limits.Name, ErrorMessage = "Use at most {1:N0} characters.")]
    [Display(Name = "District administrator's name")]
    public string AdminName { get; set; } = "";
}
