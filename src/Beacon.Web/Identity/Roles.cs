namespace Beacon.Web.Identity;

/// <summary>The roles a person holds in their district, plus the deployment's system administrator.</summary>
public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string DistrictAdministrator = "DistrictAdministrator";
    public const string DistrictLeader = "DistrictLeader";
    public const string SchoolLeader = "SchoolLeader";
    public const string Coach = "Coach";
    public const string Teacher = "Teacher";
    public const string BoardTrustee = "BoardTrustee";

    /// <summary>Human resources: sees staff effectiveness ratings district-wide, like district leaders, without their planning rights.</summary>
    public const string HumanResources = "HumanResources";

    public static readonly IReadOnlyList<string> DistrictRoles =
        [DistrictAdministrator, DistrictLeader, SchoolLeader, Coach, Teacher, BoardTrustee, HumanResources];

    public static readonly IReadOnlyList<string> All = [SystemAdministrator, .. DistrictRoles];

    /// <summary>The roles that may see individual effectiveness ratings (and aggregates of them) for the whole district.</summary>
    public static readonly IReadOnlyList<string> RatingReaders = [DistrictAdministrator, DistrictLeader, HumanResources];

    /// <summary>
    /// The roles that see the staff directory's contact and HR fields (email, staff number, experience,
    /// certification, assignment FTE) and export it: those who manage the roster or staffing.
    /// </summary>
    public static readonly IReadOnlyList<string> StaffRecordReaders = [DistrictAdministrator, DistrictLeader, HumanResources];

    /// <summary>
    /// The roles that may look colleagues up in the staff directory (names, roles and schools): everyone
    /// who works in the district's schools or offices. Board trustees read the plan and its progress only.
    /// </summary>
    public static readonly IReadOnlyList<string> StaffDirectoryReaders = [.. DistrictRoles.Where(r => r != BoardTrustee)];

    public static string Label(string role) => role switch
    {
        SystemAdministrator => "System administrator",
        DistrictAdministrator => "District administrator",
        DistrictLeader => "District leader",
        SchoolLeader => "School leader",
        Coach => "Coach",
        Teacher => "Teacher",
        BoardTrustee => "Board trustee",
        HumanResources => "Human resources",
        _ => role,
    };
}
