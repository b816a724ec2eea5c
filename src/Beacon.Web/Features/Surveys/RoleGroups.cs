using Beacon.Web.Features.Staff;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// The role groups results are shown by. Few and broad on purpose: every extra group splits
/// schools into smaller groups that the privacy rule then has to hide.
/// </summary>
public static class RoleGroups
{
    public const string Teachers = "Teachers";
    public const string Leaders = "Leaders";
    public const string Specialists = "Specialists and coaches";
    public const string Support = "Support staff";

    public static readonly IReadOnlyList<string> All = [Teachers, Leaders, Specialists, Support];

    public static string For(StaffRole role) => role switch
    {
        StaffRole.Teacher => Teachers,
        StaffRole.Administrator => Leaders,
        StaffRole.Counselor or StaffRole.Specialist or StaffRole.Coach => Specialists,
        _ => Support,
    };
}
