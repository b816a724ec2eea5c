using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Programmes;

/// <summary>
/// Run → explain → lock or forbid → run again → confirm. A view shows the stored proposal (<see cref="MatchProposal"/>)
/// and whether the pool, the roster or the decisions changed since; only the Run handler computes a new one.
/// </summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class MatchModel(BeaconDbContext db, MatchingQuery query) : PageModel
{
    public MentoringProgramme Programme { get; private set; } = null!;
    public MatchResult Result { get; private set; } = new([], [], []);
    public IReadOnlyDictionary<Guid, PersonLabel> People { get; private set; } = new Dictionary<Guid, PersonLabel>();
    public IReadOnlyList<PairKey> Forbidden { get; private set; } = [];
    public IReadOnlySet<PairKey> Locked { get; private set; } = new HashSet<PairKey>();

    /// <summary>When the shown proposal was made; null before the first run.</summary>
    public DateTimeOffset? ProposedAt { get; private set; }

    /// <summary>The inputs changed since the shown proposal was made: it must be run again before confirming.</summary>
    public bool Stale { get; private set; }

    private MatchingInput _input = null!;
    private string _inputVersion = "";
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

    public async Task<IActionResult> OnPostRunAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Programme.Status != ProgrammeStatus.Matching)
        {
            ModelState.AddModelError(string.Empty, "The pairs of this programme are already confirmed.");
            return Page();
        }
        var result = Matcher.Match(_input);
        var stored = await db.MatchProposals.FirstOrDefaultAsync(p => p.ProgrammeId == id, cancellationToken);
        if (stored is null)
        {
            db.MatchProposals.Add(new MatchProposal { ProgrammeId = id, InputVersion = _inputVersion, Result = MatchProposal.Write(result) });
        }
        else
        {
            stored.InputVersion = _inputVersion;
            stored.Result = MatchProposal.Write(result);
        }
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
        else if (ProposedAt is null || Stale)
        {
            ModelState.AddModelError(string.Empty, "Run the matching again first: the pool, the roster or your decisions changed since this proposal.");
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
                MilestoneList = steps.Select(s => new PairingMilestone { Name = Limits.Fit(s.Name, Limits.ShortName), DueOn = MilestoneRules.AddSchoolDays(Programme.StartsOn, s.Days) }).ToList(),
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
        _input = input;
        _inputVersion = MatchInputVersion.Of(input);
        People = people;
        Forbidden = input.Forbidden.ToList();
        Locked = input.Locked.ToHashSet();
        EligibleMentees = input.Mentees.Count(m => MentoringRules.MenteeIneligibility(input.Rules, m).Count == 0);
        QualifiedMentors = input.Mentors.Count(m => MentoringRules.MentorDisqualification(input.Rules, m).Count == 0);
        var stored = await db.MatchProposals.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == id, cancellationToken);
        if (stored is not null)
        {
            Result = stored.Read();
            ProposedAt = stored.UpdatedAt;
            Stale = stored.InputVersion != _inputVersion;
        }
        return true;
    }
}
