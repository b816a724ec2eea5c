using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Mentoring.Reports;

/// <summary>
/// The mentoring report: contact hours against the requirement by programme and school, overdue milestones, mentor
/// load, retention of mentored new teachers and each programme's reach. District leadership sees the district; a
/// principal sees the pairings at their schools (hours and dates, never session notes); others are refused.
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class IndexModel(MentoringReportQuery query, SchoolScope scope, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public bool WholeDistrict { get; private set; }
    public IReadOnlyList<HoursRow> ByProgramme { get; private set; } = [];
    public IReadOnlyList<HoursRow> BySchool { get; private set; } = [];
    public IReadOnlyList<OverdueMilestone> Overdue { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public IReadOnlyList<LoadRow> Load { get; private set; } = [];
    public RetentionView? Retention { get; private set; }
    public IReadOnlyList<ReachRow> ReachByQuartile { get; private set; } = [];
    public IReadOnlyList<ReachRow> ReachByTier { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        WholeDistrict = scope.SeesWholeDistrict;
        if (!WholeDistrict && currentUser.Principal?.IsInRole(Roles.SchoolLeader) != true)
        {
            return Forbid();
        }
        IReadOnlyCollection<Guid>? schools = WholeDistrict ? null : await scope.MySchoolIdsAsync(cancellationToken);
        var programmes = await query.ProgrammesAsync(cancellationToken);
        var pairings = await query.PairingsAsync(schools, cancellationToken);
        var schoolNames = await query.SchoolNamesAsync(cancellationToken);
        ByProgramme = MentoringReport.HoursByProgramme(programmes, pairings);
        BySchool = MentoringReport.HoursBySchool(programmes, pairings, schoolNames);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Overdue = await query.OverdueAsync(schools, today, cancellationToken);
        OverdueCount = Overdue.Count < Data.Limits.OverdueMilestonesListed ? Overdue.Count : await query.OverdueCountAsync(schools, today, cancellationToken);
        // A mentor's load counts all their mentees in the programme, also those at other schools.
        var mentors = pairings.Select(p => (p.ProgrammeId, p.MentorId)).ToHashSet();
        var mentorPairings = WholeDistrict ? pairings
            : (await query.PairingsAsync(null, cancellationToken)).Where(p => mentors.Contains((p.ProgrammeId, p.MentorId))).ToList();
        Load = MentoringReport.MentorLoad(programmes, mentorPairings, await query.CapacitiesAsync(cancellationToken),
            await query.NamesAsync(mentorPairings.Select(p => p.MentorId), cancellationToken));
        Retention = await query.RetentionAsync(schools, cancellationToken);
        if (WholeDistrict)
        {
            var quartiles = await query.QuartilesAsync(await query.NewUnderYearsAsync(cancellationToken), cancellationToken);
            ReachByQuartile = MentoringReport.Reach(programmes, pairings, ["Q1 (lowest poverty)", "Q2", "Q3", "Q4 (highest poverty)"],
                id => quartiles.TryGetValue(id, out var q) ? q switch { 1 => "Q1 (lowest poverty)", 4 => "Q4 (highest poverty)", _ => "Q" + q.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null,
                "No quartile");
            var tiers = await query.TiersAsync(cancellationToken);
            ReachByTier = MentoringReport.Reach(programmes, pairings, ["No tier", "Tier 1", "Tier 2", "Tier 3"],
                id => tiers.GetValueOrDefault(id) is var level and >= 0 and <= 3 ? (level == 0 ? "No tier" : "Tier " + level.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
                "Other tier");
        }
        return Page();
    }
}
