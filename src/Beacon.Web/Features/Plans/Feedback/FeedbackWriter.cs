using Beacon.Web.Data;
using Beacon.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Feedback;

/// <summary>
/// Writes comments and review steps and tells the people concerned: those mentioned, the thread's
/// author on a reply, the reviewers when a school submits, the school's leaders when the district
/// returns or approves. The page's transaction saves it all together.
/// </summary>
public sealed class FeedbackWriter(BeaconDbContext db, PlanAccess access, FeedbackCircle circle, Notifier notifier, TimeProvider clock)
{
    public static string Link(Guid planId, Guid? commentId = null) =>
        commentId is { } id ? $"/Plans/Feedback/{planId}#comment-{id}" : $"/Plans/Feedback/{planId}";

    public async Task<PlanComment> CommentAsync(FeedbackPlan plan, FeedbackTarget kind, Guid? targetId, PlanComment? thread, string body,
        IReadOnlyCollection<string> mentions, CancellationToken cancellationToken)
    {
        var comment = new PlanComment
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            TargetKind = thread?.TargetKind ?? kind,
            TargetId = thread is null ? targetId : thread.TargetId,
            ParentId = thread?.Id,
            AuthorUserId = access.ActorId,
            AuthorName = access.ActorName,
            Body = body,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(comment);
        if (thread is not null)
        {
            // A reply reopens nothing by itself, but its author is told.
            var starter = thread.AuthorUserId is { } author && author != access.ActorId && !mentions.Contains(author) ? [author] : Array.Empty<string>();
            await notifier.NotifyAsync(starter, $"{access.ActorName} replied to your comment on “{plan.Title}”.", Link(plan.Id, comment.Id), cancellationToken);
        }
        var allowed = (await circle.ParticipantsAsync(plan.SchoolId, cancellationToken)).Select(p => p.UserId).ToHashSet();
        var mentioned = mentions.Where(allowed.Contains).Where(m => m != access.ActorId).ToList();
        await notifier.NotifyAsync(mentioned, $"{access.ActorName} mentioned you in a comment on “{plan.Title}”: {Excerpt(body)}", Link(plan.Id, comment.Id), cancellationToken);
        return comment;
    }

    public void Resolve(PlanComment thread, bool resolved)
    {
        thread.ResolvedAt = resolved ? clock.GetUtcNow() : null;
        thread.ResolvedBy = resolved ? access.ActorName : null;
    }

    public async Task<ApprovalState> StateAsync(Guid planId, CancellationToken cancellationToken) =>
        PlanApproval.State(await db.Set<ApprovalStep>().Where(s => s.PlanId == planId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => s.Action).ToListAsync(cancellationToken));

    public async Task StepAsync(FeedbackPlan plan, ApprovalAction action, string? note, CancellationToken cancellationToken)
    {
        db.Add(new ApprovalStep
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            Action = action,
            Note = note,
            ActorUserId = access.ActorId,
            ActorName = access.ActorName,
            CreatedAt = clock.GetUtcNow(),
        });
        var school = plan.SchoolName ?? "the district";
        if (action == ApprovalAction.Submitted)
        {
            var reviewers = (await circle.ReviewerIdsAsync(cancellationToken)).Where(r => r != access.ActorId);
            await notifier.NotifyAsync(reviewers, $"{school} submitted “{plan.Title}” for review.", Link(plan.Id), cancellationToken);
            return;
        }
        var team = plan.SchoolId is { } id ? await circle.SchoolLeaderIdsAsync(id, cancellationToken) : [];
        var submitters = await db.Set<ApprovalStep>().Where(s => s.PlanId == plan.Id && s.Action == ApprovalAction.Submitted && s.ActorUserId != null)
            .Select(s => s.ActorUserId!).Distinct().ToListAsync(cancellationToken);
        var what = action == ApprovalAction.Approved ? "approved" : "returned with comments";
        await notifier.NotifyAsync(team.Concat(submitters).Where(u => u != access.ActorId),
            $"{access.ActorName} {what} “{plan.Title}”{(note is null ? "." : $": {Excerpt(note)}")}", Link(plan.Id), cancellationToken);
    }

    private static string Excerpt(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
