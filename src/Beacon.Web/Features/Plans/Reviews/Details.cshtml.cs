using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Features.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Reviews;

/// <summary>
/// A quarterly review: each goal's status, narrative and evidence, saved as a draft until a reviewer
/// signs it off. A signed-off review is the record the board reads and no longer changes.
/// </summary>
public class DetailsModel(BeaconDbContext db, PlanAccess access, TimeProvider clock, GoalLearningQuery learning) : PageModel
{
    [BindProperty]
    public List<GoalReviewInput> Goals { get; set; } = [];

    public ProgressReview Review { get; private set; } = null!;
    public IReadOnlyList<PlanGoal> PlanGoals { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The evidence panel: the published professional learning serving each goal.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<LearningLink>> LearningByGoal { get; private set; } = new Dictionary<Guid, IReadOnlyList<LearningLink>>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Goals = PlanGoals.Select(g => Review.Goals.FirstOrDefault(r => r.GoalId == g.Id) is { } r
            ? new GoalReviewInput { GoalId = g.Id, Status = r.Status, Narrative = r.Narrative, Evidence = r.Evidence }
            : new GoalReviewInput { GoalId = g.Id }).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, signOff: false, cancellationToken);

    public Task<IActionResult> OnPostSignOffAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, signOff: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, bool signOff, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return PlanAccess.Refuse();
        }
        if (Review.IsSignedOff)
        {
            ModelState.AddModelError(string.Empty, $"This review was signed off by {Review.SignedOffBy} and can no longer change. Start a review of the next quarter instead.");
            return Page();
        }
        Goals = Goals.Where(g => PlanGoals.Any(p => p.Id == g.GoalId)).ToList();
        if (signOff)
        {
            for (var i = 0; i < Goals.Count; i++)
            {
                if (Goals[i].Status is null)
                {
                    ModelState.AddModelError($"Goals[{i}].Status", "Choose on track, at risk or off track before signing off.");
                }
                if (string.IsNullOrWhiteSpace(Goals[i].Narrative))
                {
                    ModelState.AddModelError($"Goals[{i}].Narrative", "Say briefly how the goal is going before signing off.");
                }
            }
            if (Goals.Count < PlanGoals.Count)
            {
                ModelState.AddModelError(string.Empty, "Every goal needs a status before the review can be signed off.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        foreach (var input in Goals)
        {
            var row = Review.Goals.FirstOrDefault(g => g.GoalId == input.GoalId);
            if (row is null)
            {
                row = new GoalReview { ReviewId = Review.Id, GoalId = input.GoalId };
                db.GoalReviews.Add(row);
            }
            row.Status = input.Status;
            row.Narrative = PlanForm.Clean(input.Narrative);
            row.Evidence = PlanForm.Clean(input.Evidence);
        }
        if (signOff)
        {
            Review.SignedOffAt = clock.GetUtcNow();
            Review.SignedOffBy = access.ActorName;
            Review.SignedOffByUserId = access.ActorId;
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await db.ProgressReviews.Include(r => r.Plan).Include(r => r.Goals).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return false;
        }
        Review = review;
        PlanGoals = await db.PlanGoals.Where(g => g.PlanId == review.PlanId).OrderBy(g => g.Position).AsNoTracking().ToListAsync(cancellationToken);
        CanEdit = await access.CanEditAsync(review.Plan!.SchoolId, cancellationToken);
        var (goals, links) = await learning.ForPlansAsync(review.PlanId, cancellationToken);
        LearningByGoal = LearningCoverage.Find(goals, links, [], []).ByGoal.ToDictionary(g => g.Goal.Id, g => g.Offerings);
        return true;
    }
}

public class GoalReviewInput
{
    public Guid GoalId { get; set; }

    [Display(Name = "Status")]
    public GoalStatus? Status { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the narrative under {1:N0} characters.")]
    [Display(Name = "How it is going")]
    public string? Narrative { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the evidence under {1:N0} characters.")]
    [Display(Name = "Evidence (data, observations, links)")]
    public string? Evidence { get; set; }
}
