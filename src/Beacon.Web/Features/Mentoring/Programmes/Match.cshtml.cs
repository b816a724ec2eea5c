using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Programmes;

/// <summary>
/// Propose → explain → lock or forbid → re-run → confirm. The proposal is computed afresh on every view from
/// the pool and the coordinator's decisions (the matcher is deterministic), so nothing half-made is stored.
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class MatchModel(BeaconDbContext db, MatchingQuery query) : PageModel
{
    public MentoringProgramme Programme { get; private set; } = null!;
    public MatchResult Result { get; private set; } = new([], [], []);
    public IReadOnlyDictionary<Guid, PersonLabel> People { get; private set; } = new Dictionary<Guid, PersonLabel>();
    public IReadOnlyList<PairKey> Forbidden { get; private set; } = [];
    public int EligibleMentees { get; private set; }
    public int QualifiedMentors { get; private set; }

    public string Name(Guid id) => People.TryGetValue(id, out var p) ? p.Name : "someone no longer on the roster";

    public string School(Guid id) => People.TryGetValue(id, out var p) ? p.School : "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostLockAsync(Guid id, Guid menteeId, Guid mentorId, CancellationToken cancellationToken) =>
        DecideAsync(id, menteeId, mentorId, MatchDecisionKind.Locked, cancellationToken);

    public Task<IActionResult> OnPostForbidAsync(Guid id, Guid menteeId, Guid mentorId, CancellationToken cancellationToken) =>
        DecideAsync(id, menteeId, mentorId, MatchDecisionKind.Forbidden, cancellationToken);

    public async Task<IActionResult> OnPostClearAsync(Guid id, Guid menteeId, Guid mentorId, CancellationToken cancellationToken)
    {
        var decision = await db.MatchDecisions.FirstOrDefaultAsync(d => d.ProgrammeId == id && d.MenteeId == menteeId && d.MentorId == mentorId, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }
        db.MatchDecisions.Remove(decision);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Programme.Status != ProgrammeStatus.Matching)
        {
            ModelState.AddModelError(string.Empty, "The pairs of this programme are already confirmed.");
        }
        else if (Result.Pairs.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "There are no pairs to confirm: add mentors to the pool first.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (steps, _) = MilestonePlan.Parse(Programme.Milestones);
        var menteeIds = Result.Pairs.Select(p => p.MenteeId).ToList();
        var schools = await db.StaffAssignments.Where(a => menteeIds.Contains(a.StaffMemberId))
            .OrderByDescending(a => a.Fte).Select(a => new { a.StaffMemberId, a.SchoolId }).ToListAsync(cancellationToken);
        foreach (var pair in Result.Pairs)
        {
            db.Pairings.Add(new Pairing
            {
                ProgrammeId = id,
                MenteeId = pair.MenteeId,
                MentorId = pair.MentorId,
                SchoolId = schools.First(s => s.StaffMemberId == pair.MenteeId).SchoolId,
                FitPoints = pair.Fit.Points,
                FitExplanation = Limits.Fit(pair.Fit.Explanation, Limits.Paragraph),
                StartedOn = Programme.StartsOn,
                MilestoneList = steps.Select(s => new PairingMilestone { Name = Limits.Fit(s.Name, Limits.ShortName), DueOn = Programme.StartsOn.AddDays(s.Days) }).ToList(),
            });
        }
        var tracked = await db.MentoringProgrammes.FirstAsync(p => p.Id == id, cancellationToken);
        tracked.Status = ProgrammeStatus.Running;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult> DecideAsync(Guid id, Guid menteeId, Guid mentorId, MatchDecisionKind kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!People.ContainsKey(menteeId) || !People.ContainsKey(mentorId))
        {
            return NotFound();
        }
        if (Programme.Status != ProgrammeStatus.Matching)
        {
            ModelState.AddModelError(string.Empty, "The pairs of this programme are already confirmed.");
            return Page();
        }
        var existing = await db.MatchDecisions.FirstOrDefaultAsync(d => d.ProgrammeId == id && d.MenteeId == menteeId && d.MentorId == mentorId, cancellationToken);
        if (existing is null)
        {
            db.MatchDecisions.Add(new MatchDecision { ProgrammeId = id, MenteeId = menteeId, MentorId = mentorId, Kind = kind });
        }
        else
        {
            existing.Kind = kind;
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var programme = await db.MentoringProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return false;
        }
        Programme = programme;
        var (input, people) = await query.LoadAsync(programme, cancellationToken);
        People = people;
        Forbidden = input.Forbidden.ToList();
        EligibleMentees = input.Mentees.Count(m => MentoringRules.MenteeIneligibility(input.Rules, m).Count == 0);
        QualifiedMentors = input.Mentors.Count(m => MentoringRules.MentorDisqualification(input.Rules, m).Count == 0);
        Result = Matcher.Match(input);
        return true;
    }
}
