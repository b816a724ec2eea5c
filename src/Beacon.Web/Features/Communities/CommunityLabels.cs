namespace Beacon.Web.Features.Communities;

public static class CommunityLabels
{
    public static string Kind(CommunityKind kind) => kind switch
    {
        CommunityKind.SchoolPlc => "School PLC",
        CommunityKind.TeacherLearningCommunity => "Teacher learning community",
        CommunityKind.InquiryGroup => "Inquiry group",
        _ => "Network",
    };

    public static string Status(TechniqueStatus status) => status switch
    {
        TechniqueStatus.Planned => "Planned",
        TechniqueStatus.Trying => "Trying",
        TechniqueStatus.Embedded => "Embedded",
        _ => "Dropped",
    };

    public static string Percent(double? rate) =>
        rate is { } r ? r.ToString("P0", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
