using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Support;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring;

/// <summary>A person's name and school, to show next to ids on the matching page.</summary>
public sealed record PersonLabel(Guid Id, string Name, string School);

/// <summary>Builds the matcher's input for a programme from the staff roster, the pool, the schools' results and tiers.</summary>
public sealed class MatchingQuery(BeaconDbContext db, PerformanceQuery performance)
{
    public async Task<(MatchingInput Input, IReadOnlyDictionary<Guid, PersonLabel> People)> LoadAsync(
        MentoringProgramme programme, CancellationToken cancellationToken)
    {
        var schools = await SchoolsAsync(cancellationToken);
        var staffRole = programme.MenteeRole switch
        {
            MentoringRole.Principal => StaffRole.Administrator,
            MentoringRole.Coach => StaffRole.Coach,
            MentoringRole.Other => StaffRole.Other,
            _ => StaffRole.Teacher,
        };
        var assignments = await db.StaffAssignments
            .Select(a => new { a.StaffMemberId, a.SchoolId, a.Fte, a.Subject, a.StaffMember!.Role })
            .ToListAsync(cancellationToken);
        var primary = assignments.GroupBy(a => a.StaffMemberId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Fte).ThenBy(a => a.SchoolId).First());
        var evaluators = assignments.Where(a => a.Role == StaffRole.Administrator)
            .ToLookup(a => a.SchoolId, a => a.StaffMemberId);

        var pool = await db.MentorPoolEntries
            .Where(p => p.ProgrammeId == programme.Id && p.Confirmed)
            .ToListAsync(cancellationToken);
        var poolIds = pool.Select(p => p.StaffMemberId).ToList();
        var staff = await db.StaffMembers
            .Where(s => s.Role == staffRole || poolIds.Contains(s.Id))
            .Select(s => new { s.Id, s.GivenName, s.FamilyName, s.Role, s.YearsOfExperience, s.Effectiveness })
            .ToListAsync(cancellationToken);
        var people = new Dictionary<Guid, PersonLabel>();
        var mentees = new List<MenteeFacts>();
        foreach (var s in staff.Where(s => s.Role == staffRole && primary.ContainsKey(s.Id)))
        {
            var school = schools[primary[s.Id].SchoolId];
            mentees.Add(new MenteeFacts(s.Id, $"{s.GivenName} {s.FamilyName}", programme.MenteeRole, s.YearsOfExperience,
                primary[s.Id].Subject, school, evaluators[school.Id].ToHashSet()));
        }
        var mentors = new List<MentorFacts>();
        foreach (var entry in pool)
        {
            var s = staff.FirstOrDefault(x => x.Id == entry.StaffMemberId);
            if (s is null || !primary.TryGetValue(s.Id, out var post))
            {
                continue;
            }
            mentors.Add(new MentorFacts(s.Id, $"{s.GivenName} {s.FamilyName}", RoleOf(s.Role), s.YearsOfExperience, post.Subject,
                s.Effectiveness is { } rating ? (int)rating : null, entry.TrainingCompleted, entry.Capacity, schools[post.SchoolId]));
        }
        foreach (var s in staff.Where(s => primary.ContainsKey(s.Id)))
        {
            people[s.Id] = new PersonLabel(s.Id, $"{s.GivenName} {s.FamilyName}", schools[primary[s.Id].SchoolId].Name);
        }
        var decisions = await db.MatchDecisions.Where(d => d.ProgrammeId == programme.Id)
            .Select(d => new { d.MenteeId, d.MentorId, d.Kind }).ToListAsync(cancellationToken);
        var input = new MatchingInput(programme.Rules(), mentees, mentors,
            decisions.Where(d => d.Kind == MatchDecisionKind.Locked).Select(d => new PairKey(d.MenteeId, d.MentorId)).ToList(),
            decisions.Where(d => d.Kind == MatchDecisionKind.Forbidden).Select(d => new PairKey(d.MenteeId, d.MentorId)).ToList());
        return (input, people);
    }

    private async Task<Dictionary<Guid, SchoolFacts>> SchoolsAsync(CancellationToken cancellationToken)
    {
        var table = await performance.LoadPerformanceAsync(cancellationToken);
        var scores = table.Schools.ToDictionary(s => s.SchoolId, s => s.Scores.LastOrDefault(x => x is not null));
        var latestTier = await SupportTiersAsync(cancellationToken);
        return await db.Schools
            .Select(s => new { s.Id, s.Name, s.GradeBand, s.Latitude, s.Longitude })
            .ToDictionaryAsync(s => s.Id, s => new SchoolFacts(s.Id, s.Name, s.GradeBand.ToString(), s.Latitude, s.Longitude,
                scores.GetValueOrDefault(s.Id), latestTier.GetValueOrDefault(s.Id)), cancellationToken);
    }

    /// <summary>Each school's support tier level from its latest tier assignment; schools never assigned are not listed (tier 0).</summary>
    public async Task<Dictionary<Guid, int>> SupportTiersAsync(CancellationToken cancellationToken)
    {
        var tiers = await db.TierAssignments
            .Select(a => new { a.SchoolId, a.AssignedAt, Level = db.SupportTiers.Where(t => t.Id == a.TierId).Select(t => (int?)t.Level).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return tiers.GroupBy(t => t.SchoolId).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.AssignedAt).First().Level ?? 0);
    }

    private static MentoringRole RoleOf(StaffRole role) => role switch
    {
        StaffRole.Teacher => MentoringRole.Teacher,
        StaffRole.Administrator => MentoringRole.Principal,
        StaffRole.Coach => MentoringRole.Coach,
        _ => MentoringRole.Other,
    };
}
