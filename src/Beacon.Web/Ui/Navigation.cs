using System.Security.Claims;
using Beacon.Web.Identity;

namespace Beacon.Web.Ui;

/// <summary>
/// A link of the main navigation. <see cref="Section"/> is the path whose pages it is current for, except those under
/// <see cref="Excluding"/> (paths separated by "|"), which have links of their own.
/// </summary>
public sealed record NavLink(string Text, string Href, string Section, bool HasSubNav = false, string? Excluding = null);

/// <summary>A group of the main navigation ("Improve", "People"); a group of one link shows as that link.</summary>
public sealed record NavGroup(string Name, IReadOnlyList<NavLink> Links);

/// <summary>
/// The main navigation, grouped the way people describe their work (improve, listen, learn, people,
/// support, admin) and shown by role: each link only to those whose pages it leads to.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavGroup> For(ClaimsPrincipal user)
    {
        var inDistrict = user.HasClaim(c => c.Type == Tenancy.CurrentDistrict.ClaimType);
        var admin = inDistrict && user.IsInRole(Roles.DistrictAdministrator);
        var leadership = admin || (inDistrict && user.IsInRole(Roles.DistrictLeader));
        var hr = inDistrict && user.IsInRole(Roles.HumanResources);
        var principal = inDistrict && user.IsInRole(Roles.SchoolLeader);
        var system = user.IsInRole(Roles.SystemAdministrator);
        var groups = new List<NavGroup>();
        if (inDistrict)
        {
            groups.Add(new NavGroup("Home", [new NavLink("Home", "/", "/")]));
            groups.Add(new NavGroup("Improve",
            [
                new NavLink("Frameworks", "/Frameworks", "/Frameworks"),
                new NavLink("Self-assessment", "/SelfAssessment", "/SelfAssessment"),
                new NavLink("Plans", "/Plans", "/Plans", Excluding: "/Plans/Board"),
                new NavLink("Board report", "/Plans/Board", "/Plans/Board"),
            ]));
            groups.Add(new NavGroup("Listen", [new NavLink("Surveys", "/Surveys", "/Surveys")]));
            var learn = new List<NavLink>
            {
                new("Communities", "/Communities", "/Communities"),
                new("Professional learning", "/Learning", "/Learning", HasSubNav: true),
            };
            if (Roles.StaffDirectoryReaders.Any(user.IsInRole))
            {
                learn.Add(new NavLink("Mentoring", "/Mentoring", "/Mentoring", Excluding: "/Mentoring/Reports|/Mentoring/Coaching"));
                learn.Add(new NavLink("Action research", "/Research", "/Research"));
            }
            if (leadership || principal)
            {
                learn.Add(new NavLink("Mentoring reports", "/Mentoring/Reports", "/Mentoring/Reports"));
            }
            if (leadership || principal || (inDistrict && user.IsInRole(Roles.Coach)))
            {
                learn.Add(new NavLink("Coaching", "/Mentoring/Coaching", "/Mentoring/Coaching"));
            }
            groups.Add(new NavGroup("Learn", learn));
            var people = new List<NavLink> { new("Schools", "/Schools", "/Schools") };
            if (Roles.StaffDirectoryReaders.Any(user.IsInRole))
            {
                people.Add(new NavLink("Staff", "/Staff", "/Staff"));
            }
            if (leadership || hr)
            {
                people.Add(new NavLink("Staffing", "/Staffing/Equity", "/Staffing", HasSubNav: true));
            }
            else if (principal)
            {
                people.Add(new NavLink("Staffing", "/Staffing/MySchool", "/Staffing", HasSubNav: true));
            }
            groups.Add(new NavGroup("People", people));
            if (leadership)
            {
                groups.Add(new NavGroup("Support", [new NavLink("Support", "/Support", "/Support", HasSubNav: true)]));
            }
        }
        var adminLinks = new List<NavLink>();
        if (admin)
        {
            adminLinks.Add(new NavLink("Imports", "/Imports", "/Imports"));
            adminLinks.Add(new NavLink("Users", "/Users", "/Users"));
            adminLinks.Add(new NavLink("Audit log", "/Audit", "/Audit"));
            adminLinks.Add(new NavLink("District settings", "/Admin/Settings", "/Admin/Settings"));
        }
        if (system)
        {
            adminLinks.Add(new NavLink("Districts", "/Admin/Districts", "/Admin/Districts"));
        }
        if (admin || system)
        {
            adminLinks.Add(new NavLink("Mail", "/Admin/Mail", "/Admin/Mail"));
        }
        if (adminLinks.Count > 0)
        {
            groups.Add(new NavGroup("Admin", adminLinks));
        }
        return groups;
    }

    /// <summary>
    /// aria-current for a link: "page" on the page itself; "true" within its section (so /Staff never matches
    /// /Staffing, and a section with its own sub-navigation leaves "page" to that sub-navigation).
    /// </summary>
    public static string? Current(NavLink link, string path)
    {
        if (!Within(path, link.Section) || (link.Excluding is { } excluded && excluded.Split('|').Any(e => Within(path, e))))
        {
            return null;
        }
        return !link.HasSubNav && path.Equals(link.Href, StringComparison.OrdinalIgnoreCase) ? "page" : "true";
    }

    private static bool Within(string path, string section) =>
        section == "/" ? path == "/" : path.Equals(section, StringComparison.OrdinalIgnoreCase) || path.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase);
}
