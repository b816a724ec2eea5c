using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans.Feedback;

/// <summary>What a comment is about: the plan as a whole, or one of its goals, strategies or actions.</summary>
public enum FeedbackTarget
{
    Plan,
    Goal,
    Strategy,
    Action,
}

/// <summary>
/// A comment on a plan. A comment without a parent starts a thread about the plan or one of its parts;
/// replies name the thread's first comment. A thread is resolved or open as a whole (on its first comment).
/// </summary>
public class PlanComment : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }

    public FeedbackTarget TargetKind { get; set; }

    /// <summary>The goal, strategy or action commented on; null when the comment is about the plan.</summary>
    public Guid? TargetId { get; set; }

    /// <summary>The thread's first comment, for a reply.</summary>
    public Guid? ParentId { get; set; }

    public string? AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    public bool IsResolved => ResolvedAt is not null;
}

/// <summary>A step of a school plan's district review: submitted by the school, returned with comments or approved by a reviewer.</summary>
public class ApprovalStep : IDistrictOwned, ICreatedAt
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid PlanId { get; set; }
    public ApprovalAction Action { get; set; }
    public string? Note { get; set; }
    public string? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
