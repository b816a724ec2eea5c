using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Plans.Feedback;

public class CommentInput
{
    /// <summary>"plan", or the kind and id of a part of the plan: "goal:{id}", "strategy:{id}", "action:{id}".</summary>
    [Display(Name = "About")]
    public string? Target { get; set; }

    [Required(ErrorMessage = "Write the comment.")]
    [StringLength(Limits.Text, ErrorMessage = "Keep the comment under {1:N0} characters.")]
    [Display(Name = "Comment")]
    public string? Body { get; set; }

    /// <summary>The accounts to tell, chosen from the plan's reviewers and team.</summary>
    [Display(Name = "Mention (they are notified)")]
    public List<string> Mentions { get; set; } = [];
}

public class StepInput
{
    [StringLength(Limits.Text, ErrorMessage = "Keep the note under {1:N0} characters.")]
    [Display(Name = "Note for the history (required when returning the plan)")]
    public string? Note { get; set; }
}

/// <summary>A part of the plan that can be commented on, as the "About" list offers it.</summary>
public sealed record TargetChoice(string Value, FeedbackTarget Kind, Guid? Id, string Label)
{
    public static bool TryParse(string? value, IReadOnlyList<TargetChoice> choices, out TargetChoice choice)
    {
        choice = choices.FirstOrDefault(c => string.Equals(c.Value, string.IsNullOrWhiteSpace(value) ? "plan" : value.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return choice is not null;
    }
}

/// <summary>A thread as the page shows it: its first comment and the replies in order.</summary>
public sealed record FeedbackThread(PlanComment Start, IReadOnlyList<PlanComment> Replies, string About);

/// <summary>The people a comment can mention, as the mention checkboxes of one form show them.</summary>
public sealed record MentionList(string IdPrefix, string Name, IReadOnlyList<Participant> People);
