namespace Beacon.Web.Features.Learning;

public enum ApprovalStep
{
    Principal,
    Office,
}

public enum OfficeApproval
{
    Never,
    PaidOrOffSite,
    Always,
}

/// <summary>
/// Who approves a registration, in order: the person's principal (when the district asks for it and
/// the person has a school), then the professional-learning office (always, never, or for paid or
/// off-site offerings). An empty chain enrols at once.
/// </summary>
public static class ApprovalChain
{
    public static IReadOnlyList<ApprovalStep> Steps(bool principalApproves, OfficeApproval office, bool hasSchool, decimal cost, bool offSite)
    {
        var steps = new List<ApprovalStep>();
        if (principalApproves && hasSchool)
        {
            steps.Add(ApprovalStep.Principal);
        }
        if (office == OfficeApproval.Always || (office == OfficeApproval.PaidOrOffSite && (cost > 0 || offSite)))
        {
            steps.Add(ApprovalStep.Office);
        }
        return steps;
    }

    /// <summary>The step after <paramref name="current"/>; null when it was the last (the person is enrolled).</summary>
    public static ApprovalStep? After(IReadOnlyList<ApprovalStep> steps, ApprovalStep current)
    {
        var index = steps.ToList().IndexOf(current);
        return index >= 0 && index + 1 < steps.Count ? steps[index + 1] : null;
    }

    public static string Label(ApprovalStep step) => step switch
    {
        ApprovalStep.Principal => "principal",
        _ => "professional learning office",
    };
}

/// <summary>
/// Places: requested and enrolled registrations hold one each; the waitlist is served first come,
/// first served whenever a place frees (a cancellation, a refusal) or capacity grows.
/// </summary>
public static class Places
{
    /// <summary>The fewest seats of any session: a registration is a place at every session. Null when there are no sessions yet (no limit).</summary>
    public static int? Capacity(IEnumerable<int> sessionCapacities)
    {
        var list = sessionCapacities.ToList();
        return list.Count == 0 ? null : list.Min();
    }

    public static bool HasRoom(int? capacity, int held) => capacity is not { } c || held < c;

    /// <summary>How many of the waitlist move up now.</summary>
    public static int ToPromote(int? capacity, int held, int waiting) =>
        capacity is not { } c ? waiting : Math.Clamp(c - held, 0, waiting);
}
