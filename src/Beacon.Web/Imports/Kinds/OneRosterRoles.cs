using Beacon.Web.Features.Staff;

namespace Beacon.Web.Imports.Kinds;

/// <summary>
/// OneRoster role names (1.1: administrator, aide, guardian, parent, proctor, relative, student,
/// teacher; 1.2 adds districtAdministrator, siteAdministrator, principal, counselor,
/// systemAdministrator) mapped to Beacon's staff roles. Students and family are never stored.
/// </summary>
public static class OneRosterRoles
{
    private static readonly Dictionary<string, StaffRole> Staff = new()
    {
        ["teacher"] = StaffRole.Teacher,
        ["administrator"] = StaffRole.Administrator,
        ["districtadministrator"] = StaffRole.Administrator,
        ["siteadministrator"] = StaffRole.Administrator,
        ["systemadministrator"] = StaffRole.Administrator,
        ["principal"] = StaffRole.Administrator,
        ["counselor"] = StaffRole.Counselor,
        ["aide"] = StaffRole.Aide,
        ["proctor"] = StaffRole.Other,
    };

    private static readonly HashSet<string> NotStaff = ["student", "guardian", "parent", "relative"];

    public const string Known =
        "teacher, administrator, districtAdministrator, siteAdministrator, principal, counselor, aide, proctor, systemAdministrator, student, guardian, parent, relative";

    public enum Kind
    {
        Unknown,
        Staff,
        NotStaff,
    }

    public static (Kind Kind, StaffRole Role) Classify(string role)
    {
        var key = RowCheck.Key(role);
        if (Staff.TryGetValue(key, out var staffRole))
        {
            return (Kind.Staff, staffRole);
        }
        return (NotStaff.Contains(key) ? Kind.NotStaff : Kind.Unknown, default);
    }
}
