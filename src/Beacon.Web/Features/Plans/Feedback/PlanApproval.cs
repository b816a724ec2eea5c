namespace Beacon.Web.Features.Plans.Feedback;

public enum ApprovalAction
{
    Submitted,
    Returned,
    Approved,
}

public enum ApprovalState
{
    /// <summary>Never submitted.</summary>
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// The district review of a school plan: the school submits it (a draft or a returned plan), a reviewer
/// returns it with comments or approves it (only a submitted plan). An approved plan that changes is
/// submitted again. The state is the latest step; every step is kept as the history.
/// </summary>
public static class PlanApproval
{
    public static ApprovalState State(IEnumerable<ApprovalAction> stepsInOrder)
    {
        var steps = stepsInOrder.ToList();
        return steps.Count == 0
            ? ApprovalState.Draft
            : steps[^1] switch
            {
                ApprovalAction.Submitted => ApprovalState.Submitted,
                ApprovalAction.Returned => ApprovalState.Returned,
                _ => ApprovalState.Approved,
            };
    }

    public static bool Allows(ApprovalState state, ApprovalAction action) => action switch
    {
        ApprovalAction.Submitted => state is ApprovalState.Draft or ApprovalState.Returned or ApprovalState.Approved,
        _ => state is ApprovalState.Submitted,
    };

    /// <summary>Why the step cannot be taken now, for the page to say.</summary>
    public static string Refusal(ApprovalState state, ApprovalAction action) => action switch
    {
        ApprovalAction.Submitted => "The plan is already waiting for the district's review.",
        _ => $"Only a submitted plan can be {(action == ApprovalAction.Approved ? "approved" : "returned")}; this one is {Label(state).ToLowerInvariant()}.",
    };

    public static string Label(ApprovalState state) => state switch
    {
        ApprovalState.Draft => "Draft, not yet submitted",
        ApprovalState.Submitted => "Submitted for district review",
        ApprovalState.Returned => "Returned with comments",
        ApprovalState.Approved => "Approved",
        _ => state.ToString(),
    };

    public static string Label(ApprovalAction action) => action switch
    {
        ApprovalAction.Submitted => "Submitted",
        ApprovalAction.Returned => "Returned with comments",
        ApprovalAction.Approved => "Approved",
        _ => action.ToString(),
    };
}
