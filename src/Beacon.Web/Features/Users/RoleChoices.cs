using System.ComponentModel.DataAnnotations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Features.Users;

/// <summary>The roles a district administrator may give: the district roles, never system administrator.</summary>
public static class RoleChoices
{
    public static IEnumerable<SelectListItem> Options(string? selected) =>
        Roles.DistrictRoles.Select(r => new SelectListItem(Roles.Label(r), r, r == selected));
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class DistrictRoleAttribute : ValidationAttribute
{
    public DistrictRoleAttribute()
        : base("Choose one of the roles in the list.")
    {
    }

    public override bool IsValid(object? value) => value is string role && Roles.DistrictRoles.Contains(role);
}
