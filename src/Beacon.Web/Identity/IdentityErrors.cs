using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Identity;

/// <summary>Puts each Identity error next to the field it is about, so the person sees it where they type.</summary>
public static class IdentityErrors
{
    public static void AddTo(
        ModelStateDictionary modelState,
        IdentityResult result,
        string? passwordField = null,
        string? emailField = null,
        string? currentPasswordField = null)
    {
        // A taken email fails both the user-name and the email check with the same message.
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => currentPasswordField,
                "CommonPassword" => passwordField,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                nameof(IdentityErrorDescriber.DuplicateEmail) or Invitations.HeldByAnotherDistrictCode or nameof(IdentityErrorDescriber.InvalidEmail)
                    or nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => emailField,
                _ => null,
            };
            modelState.AddModelError(field ?? string.Empty, error.Description);
        }
    }
}
