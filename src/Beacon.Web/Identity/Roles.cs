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

    public static readonly IReadOnlyList<string> DistrictRoles =
        [DistrictAdministrator, DistrictLeader, SchoolLeader, Coach, Teacher, BoardTrustee];

    public static readonly IReadOnlyList<string> All = [SystemAdministrator, .. DistrictRoles];

    public static string Label(string role) => role switch
    {
        SystemAdministrator => "System administrator",
        DistrictAdministrator => "District administrator",
        DistrictLeader => "District leader",
        SchoolLeader => "School leader",
        Coach => "Coach",
        Teacher => "Teacher",
        BoardTrustee => "Board trustee",
        _ => role,
    };
}
