namespace Beacon.Web.Features.Research;

/// <summary>What the lifecycle needs to know of a project besides its stage.</summary>
public sealed record ResearchFacts(bool HasMethod, bool HasFindings, int Reviewers);

/// <summary>
/// How a project moves: its authors start the work (proposal → in progress) and hand it in for review once
/// the method and findings are written and someone reviews it; a reviewer publishes it or sends it back.
/// A published project stays published. Plain C#, tested in <c>ResearchLifecycleTests</c>.
/// </summary>
public static class ResearchLifecycle
{
    /// <summary>The moves a person in <paramref name="role"/> may offer from <paramref name="stage"/>.</summary>
    public static IReadOnlyList<ResearchStage> Moves(ResearchStage stage, ResearchRole role) => (stage, role) switch
    {
        (ResearchStage.Proposal, ResearchRole.Author) => [ResearchStage.InProgress],
        (ResearchStage.InProgress, ResearchRole.Author) => [ResearchStage.Review],
        (ResearchStage.Review, ResearchRole.Reviewer) => [ResearchStage.Published, ResearchStage.InProgress],
        _ => [],
    };

    /// <summary>Why the move is refused, or null when it may be made.</summary>
    public static string? Refusal(ResearchStage from, ResearchStage to, ResearchRole role, ResearchFacts facts)
    {
        if (!Moves(from, role).Contains(to))
        {
            return role == ResearchRole.Author
                ? $"Authors cannot move a project from {Label(from)} to {Label(to)}."
                : $"Reviewers cannot move a project from {Label(from)} to {Label(to)}.";
        }
        if (to == ResearchStage.Review)
        {
            if (!facts.HasMethod || !facts.HasFindings)
            {
                return "Write the method and the findings before sending the project for review.";
            }
            if (facts.Reviewers == 0)
            {
                return "Add a reviewer before sending the project for review.";
            }
        }
        return null;
    }

    public static string Label(ResearchStage stage) => stage switch
    {
        ResearchStage.Proposal => "proposal",
        ResearchStage.InProgress => "in progress",
        ResearchStage.Review => "in review",
        ResearchStage.Published => "published",
        _ => stage.ToString(),
    };

    /// <summary>The button that makes the move, named for what it does.</summary>
    public static string Action(ResearchStage from, ResearchStage to) => (from, to) switch
    {
        (ResearchStage.Proposal, ResearchStage.InProgress) => "Start the research",
        (ResearchStage.InProgress, ResearchStage.Review) => "Send for review",
        (ResearchStage.Review, ResearchStage.Published) => "Publish",
        (ResearchStage.Review, ResearchStage.InProgress) => "Send back to the authors",
        _ => $"Move to {Label(to)}",
    };
}
