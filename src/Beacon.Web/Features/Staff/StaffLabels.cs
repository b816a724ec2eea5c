namespace Beacon.Web.Features.Staff;

/// <summary>How staff enums read on screen and in exports.</summary>
public static class StaffLabels
{
    public static string Label(this StaffRole role) => role.ToString();

    public static string Label(this CertificationStatus status) => status switch
    {
        CertificationStatus.Unknown => "Not recorded",
        _ => status.ToString(),
    };

    public static string Label(this EffectivenessRating? rating) => rating switch
    {
        null => "Not rated",
        EffectivenessRating.HighlyEffective => "Highly effective",
        _ => rating.Value.ToString(),
    };
}
