using Beacon.Web.Features.Mentoring.Matching;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Features.Mentoring;

public static class ProgrammeLabels
{
    public static string Label(this ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Induction => "New-teacher induction",
        ProgrammeKind.PeerMentoring => "Peer mentoring",
        ProgrammeKind.PrincipalMentoring => "Principal mentoring",
        ProgrammeKind.InstructionalCoaching => "Instructional coaching",
        ProgrammeKind.TurnaroundCoaching => "Turnaround coaching",
        _ => kind.ToString(),
    };

    public static IEnumerable<SelectListItem> KindItems() =>
        Enum.GetValues<ProgrammeKind>().Select(k => new SelectListItem(k.Label(), k.ToString()));

    public static IEnumerable<SelectListItem> RoleItems() =>
        Enum.GetValues<MentoringRole>().Select(r => new SelectListItem(MentoringRules.Label(r), r.ToString()));

    /// <summary>Minutes as hours with one decimal, the way the hours columns show them.</summary>
    public static string Hours(int minutes) => (minutes / 60.0).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);
}
