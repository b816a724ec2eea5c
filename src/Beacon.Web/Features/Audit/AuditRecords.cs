using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Audit;

/// <summary>A record an audit entry names: what it is called today and the page that shows it (null when it is gone or has no page).</summary>
public sealed record AuditRecord(string Name, string? Href);

/// <summary>
/// Names and links for the records of one page of the audit log, and for the ids its changes mention
/// (a school, a plan, a person): one statement per kind of record on the page, never one per entry.
/// A deleted record keeps the kind's name and a short id.
/// </summary>
public sealed class AuditRecords(BeaconDbContext db)
{
    private sealed record Named(Guid Id, string Name, Guid? Parent);

    private delegate IQueryable<Named> Lookup(BeaconDbContext db, List<Guid> ids);

    private sealed record Kind(Lookup Find, Func<Named, string?> Href);

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.Ordinal)
    {
        ["School"] = new((d, ids) => d.Schools.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Schools/{n.Id}"),
        ["StaffMember"] = new((d, ids) => d.StaffMembers.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.GivenName + " " + x.FamilyName, null)), n => $"/Staff/{n.Id}"),
        ["Plan"] = new((d, ids) => d.Plans.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Title, null)), n => $"/Plans/Details/{n.Id}"),
        ["PlanGoal"] = new((d, ids) => d.PlanGoals.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Title, x.PlanId)), n => $"/Plans/Details/{n.Parent}"),
        ["PlanAction"] = new((d, ids) => d.PlanActions.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Title, x.PlanId)), n => $"/Plans/Details/{n.Parent}"),
        ["Strategy"] = new((d, ids) => d.Strategies.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Title, x.PlanId)), n => $"/Plans/Details/{n.Parent}"),
        ["AssessmentCycle"] = new((d, ids) => d.AssessmentCycles.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/SelfAssessment/Cycle/{n.Id}"),
        ["Survey"] = new((d, ids) => d.Surveys.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Surveys/Details/{n.Id}"),
        [Surveys.SurveyMailingLog.Entity] = new((d, ids) => d.Surveys.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Surveys/Details/{n.Id}"),
        ["Community"] = new((d, ids) => d.Communities.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Communities/Details/{n.Id}"),
        ["CommunityMember"] = new((d, ids) => d.CommunityMembers.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.DisplayName, x.CommunityId)), n => $"/Communities/Details/{n.Parent}"),
        ["SchoolFlag"] = new((d, ids) => d.SchoolFlags.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Reason, null)), n => $"/Support/Flags/{n.Id}"),
        ["TierAssignment"] = new((d, ids) => d.TierAssignments.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.TierName, x.SchoolId)), n => $"/Support/School/{n.Parent}"),
        ["Framework"] = new((d, ids) => d.Frameworks.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Frameworks/Details/{n.Id}"),
        ["SchoolYear"] = new((d, ids) => d.SchoolYears.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), _ => null),
        ["SupportTier"] = new((d, ids) => d.SupportTiers.Where(x => ids.Contains(x.Id)).Select(x => new Named(x.Id, x.Name, null)), n => $"/Support/Tiers/{n.Id}"),
    };

    /// <summary>Which record kind an id field names: "SchoolId" a school, "OwnerUserId" a person.</summary>
    public static string? KindOfField(string field) => field switch
    {
        "UserId" or "OwnerUserId" or "SignedOffByUserId" => "BeaconUser",
        "GoalId" or "DistrictGoalId" => "PlanGoal",
        "DistrictPlanId" => "Plan",
        "CycleId" => "AssessmentCycle",
        "TierId" => "SupportTier",
        "SchoolYearId" => "SchoolYear",
        "PreviousSurveyId" => "Survey",
        "MemberId" => "CommunityMember",
        "FlagId" => "SchoolFlag",
        _ when field.EndsWith("Id", StringComparison.Ordinal) && Kinds.ContainsKey(field[..^2]) => field[..^2],
        _ => null,
    };

    /// <summary>Looks up every (kind, id) pair at once, a statement per kind.</summary>
    public async Task<IReadOnlyDictionary<(string Kind, string Id), AuditRecord>> FindAsync(IEnumerable<(string Kind, string Id)> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), AuditRecord>();
        foreach (var kind in wanted.Distinct().GroupBy(w => w.Kind == "UserRole" ? "BeaconUser" : w.Kind))
        {
            if (kind.Key == "BeaconUser")
            {
                var userIds = kind.Select(k => k.Id).Distinct().ToList();
                var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
                foreach (var (k, id) in kind)
                {
                    if (users.FirstOrDefault(u => u.Id == id) is { } user)
                    {
                        found[(k, id)] = new AuditRecord(user.DisplayName, $"/Users/Edit/{user.Id}");
                    }
                }
                continue;
            }
            if (!Kinds.TryGetValue(kind.Key, out var lookup))
            {
                continue;
            }
            var parsed = kind.Select(k => (Wanted: k, Guid: Guid.TryParse(k.Id, out var g) ? g : Guid.Empty)).Where(k => k.Guid != Guid.Empty).ToList();
            if (parsed.Count == 0)
            {
                continue;
            }
            var ids = parsed.Select(p => p.Guid).Distinct().ToList();
            var named = (await lookup.Find(db, ids).ToListAsync(cancellationToken)).ToDictionary(n => n.Id);
            foreach (var (wantedOne, id) in parsed)
            {
                if (named.TryGetValue(id, out var n))
                {
                    found[wantedOne] = new AuditRecord(n.Name, lookup.Href(n));
                }
            }
        }
        return found;
    }
}
