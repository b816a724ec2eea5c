using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Feedback;

/// <summary>
/// A plan's feedback: threaded comments on the plan, its goals, strategies and actions, and, for a
/// school plan, the district review (submit, return with comments, approve) with its history.
/// </summary>
public class IndexModel(BeaconDbContext db, FeedbackCircle circle, FeedbackWriter writer) : PageModel
{
    public FeedbackPlan Plan { get; private set; } = null!;
    public ApprovalState State { get; private set; }
    public IReadOnlyList<ApprovalStep> History { get; private set; } = [];
    public IReadOnlyList<FeedbackThread> Threads { get; private set; } = [];
    public IReadOnlyList<TargetChoice> Targets { get; private set; } = [];
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(Guid id, [FromForm(Name = "comment")] CommentInput comment, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!TargetChoice.TryParse(comment.Target, Targets, out var target))
        {
            ModelState.AddModelError("comment.Target", "Choose the plan or one of its goals, strategies or actions.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = await writer.CommentAsync(Plan, target.Kind, target.Id, null, comment.Body!.Trim(), comment.Mentions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FeedbackWriter.Link(Plan.Id, added.Id));
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid planCommentId, [FromForm(Name = "reply")] CommentInput reply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var thread = Threads.FirstOrDefault(t => t.Start.Id == planCommentId)?.Start;
        if (thread is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var tracked = await db.Set<PlanComment>().FirstAsync(c => c.Id == thread.Id, cancellationToken);
        var added = await writer.CommentAsync(Plan, tracked.TargetKind, tracked.TargetId, tracked, reply.Body!.Trim(), reply.Mentions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FeedbackWriter.Link(Plan.Id, added.Id));
    }

    public Task<IActionResult> OnPostResolveAsync(Guid id, Guid planCommentId, CancellationToken cancellationToken) =>
        ResolveAsync(id, planCommentId, resolved: true, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid id, Guid planCommentId, CancellationToken cancellationToken) =>
        ResolveAsync(id, planCommentId, resolved: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, [FromForm(Name = "step")] StepInput step, CancellationToken cancellationToken) =>
        StepAsync(id, ApprovalAction.Submitted, step, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromForm(Name = "step")] StepInput step, CancellationToken cancellationToken) =>
        StepAsync(id, ApprovalAction.Returned, step, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, [FromForm(Name = "step")] StepInput step, CancellationToken cancellationToken) =>
        StepAsync(id, ApprovalAction.Approved, step, cancellationToken);

    private async Task<IActionResult> ResolveAsync(Guid id, Guid planCommentId, bool resolved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var thread = await db.Set<PlanComment>().FirstOrDefaultAsync(c => c.Id == planCommentId && c.PlanId == id && c.ParentId == null, cancellationToken);
        if (thread is null)
        {
            return NotFound();
        }
        writer.Resolve(thread, resolved);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(FeedbackWriter.Link(Plan.Id, thread.Id));
    }

    private async Task<IActionResult> StepAsync(Guid id, ApprovalAction action, StepInput step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var allowed = Plan.SchoolId is not null && (action == ApprovalAction.Submitted ? Plan.CanEdit : Plan.IsReviewer);
        if (!allowed)
        {
            return PlanAccess.Refuse();
        }
        if (!PlanApproval.Allows(State, action))
        {
            ModelState.AddModelError(string.Empty, PlanApproval.Refusal(State, action));
        }
        var note = PlanForm.Clean(step.Note);
        if (action == ApprovalAction.Returned && note is null)
        {
            ModelState.AddModelError("step.Note", "Say what the school should change before returning the plan.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await writer.StepAsync(Plan, action, note, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await circle.OpenAsync(id, cancellationToken) is not { } plan)
        {
            return false;
        }
        Plan = plan;
        History = await db.Set<ApprovalStep>().Where(s => s.PlanId == id).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).AsNoTracking().ToListAsync(cancellationToken);
        State = PlanApproval.State(History.Select(s => s.Action));
        Targets = await TargetsAsync(id, cancellationToken);
        var comments = await db.Set<PlanComment>().Where(c => c.PlanId == id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).AsNoTracking().ToListAsync(cancellationToken);
        string About(PlanComment c) => Targets.FirstOrDefault(t => t.Kind == c.TargetKind && t.Id == c.TargetId)?.Label ?? $"A {c.TargetKind.ToString().ToLowerInvariant()} since removed";
        Threads = comments.Where(c => c.ParentId is null)
            .Select(c => new FeedbackThread(c, comments.Where(r => r.ParentId == c.Id).ToList(), About(c)))
            .OrderBy(t => t.Start.IsResolved).ThenByDescending(t => t.Start.CreatedAt).ToList();
        Participants = await circle.ParticipantsAsync(plan.SchoolId, cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<TargetChoice>> TargetsAsync(Guid planId, CancellationToken cancellationToken)
    {
        var goals = await db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).Select(g => new { g.Id, g.Position, g.Title }).ToListAsync(cancellationToken);
        var strategies = await db.Strategies.Where(s => s.PlanId == planId).OrderBy(s => s.Title).Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken);
        var actions = await db.PlanActions.Where(a => a.PlanId == planId).OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        return
        [
            new TargetChoice("plan", FeedbackTarget.Plan, null, "The plan as a whole"),
            .. goals.Select(g => new TargetChoice($"goal:{g.Id}", FeedbackTarget.Goal, g.Id, $"Goal {g.Position}: {g.Title}")),
            .. strategies.Select(s => new TargetChoice($"strategy:{s.Id}", FeedbackTarget.Strategy, s.Id, $"Strategy: {s.Title}")),
            .. actions.Select(a => new TargetChoice($"action:{a.Id}", FeedbackTarget.Action, a.Id, $"Action: {a.Title}")),
        ];
    }
}
