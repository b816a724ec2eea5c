using Google.OrTools.Graph;

namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>A proposed pair with its fit; <see cref="Locked"/> when the coordinator fixed it.</summary>
public sealed record ProposedPair(Guid MenteeId, Guid MentorId, Fit Fit, bool Locked);

/// <summary>A lock the matcher could not keep, and why.</summary>
public sealed record RejectedLock(PairKey Pair, string Reason);

public sealed record MatchResult(
    IReadOnlyList<ProposedPair> Pairs,
    IReadOnlyList<Guid> Unmatched,
    IReadOnlyList<RejectedLock> RejectedLocks)
{
    public int TotalFit => Pairs.Sum(p => p.Fit.Points);
}

/// <summary>
/// Proposes mentors for mentees: the locked pairs first, then as many other eligible mentees as the hard
/// rules and capacities allow, and among all assignments of that many the one with the greatest total fit.
/// A min-cost flow (OR-Tools) over source → mentee → mentor (capacity) → sink; each pair costs
/// −(<see cref="CoverageBonus"/> + fit), where the bonus outweighs any total of fits so that matching
/// one more mentee always wins. Input is put in id order first, so the same people give the same answer.
/// </summary>
public static class Matcher
{
    public static MatchResult Match(MatchingInput input)
    {
        var rules = input.Rules;
        var mentees = input.Mentees
            .Where(m => MentoringRules.MenteeIneligibility(rules, m).Count == 0)
            .DistinctBy(m => m.Id).OrderBy(m => m.Id).ToList();
        var mentors = input.Mentors
            .Where(m => MentoringRules.MentorDisqualification(rules, m).Count == 0)
            .DistinctBy(m => m.Id).OrderBy(m => m.Id).ToList();
        var menteeById = mentees.ToDictionary(m => m.Id);
        var mentorById = mentors.ToDictionary(m => m.Id);
        var remaining = mentors.ToDictionary(m => m.Id, m => m.Capacity);
        var forbidden = input.Forbidden.ToHashSet();

        var pairs = new List<ProposedPair>();
        var rejected = new List<RejectedLock>();
        foreach (var lockPair in input.Locked.Distinct().OrderBy(p => p.MenteeId).ThenBy(p => p.MentorId))
        {
            var reason = LockProblem(lockPair, rules, menteeById, mentorById, remaining, forbidden, pairs);
            if (reason is not null)
            {
                rejected.Add(new RejectedLock(lockPair, reason));
                continue;
            }
            remaining[lockPair.MentorId]--;
            pairs.Add(new ProposedPair(lockPair.MenteeId, lockPair.MentorId,
                FitScore.Score(rules, menteeById[lockPair.MenteeId], mentorById[lockPair.MentorId]), Locked: true));
        }

        var lockedMentees = pairs.Select(p => p.MenteeId).ToHashSet();
        var open = mentees.Where(m => !lockedMentees.Contains(m.Id)).ToList();
        var available = mentors.Where(m => remaining[m.Id] > 0).ToList();
        var candidates = MatchCandidates.Build(rules, open, available, forbidden);

        var chosen = Solve(open.Count, available.Select(m => remaining[m.Id]).ToList(), candidates);
        foreach (var c in chosen)
        {
            pairs.Add(new ProposedPair(open[c.Mentee].Id, available[c.Mentor].Id, FitScore.Score(rules, open[c.Mentee], available[c.Mentor]), Locked: false));
        }
        var matched = pairs.Select(p => p.MenteeId).ToHashSet();
        return new MatchResult(
            pairs.OrderBy(p => p.MenteeId).ToList(),
            mentees.Where(m => !matched.Contains(m.Id)).Select(m => m.Id).ToList(),
            rejected);
    }

    /// <summary>Worth more than any sum of fits a run can reach, so coverage comes before fit.</summary>
    public static long CoverageBonus(int mentees) => ((long)FitScore.Max * Math.Max(1, mentees)) + 1;

    private static string? LockProblem(
        PairKey pair, ProgrammeRules rules, Dictionary<Guid, MenteeFacts> mentees, Dictionary<Guid, MentorFacts> mentors,
        Dictionary<Guid, int> remaining, HashSet<PairKey> forbidden, List<ProposedPair> kept)
    {
        if (!mentees.TryGetValue(pair.MenteeId, out var mentee))
        {
            return "the mentee is not eligible for this programme";
        }
        if (!mentors.TryGetValue(pair.MentorId, out var mentor))
        {
            return "the mentor is not qualified or not in the pool";
        }
        if (forbidden.Contains(pair))
        {
            return "the pair is also forbidden";
        }
        if (kept.Any(p => p.MenteeId == pair.MenteeId))
        {
            return "the mentee is already locked to another mentor";
        }
        if (remaining[pair.MentorId] <= 0)
        {
            return "the mentor has no capacity left";
        }
        var violations = MentoringRules.PairViolations(rules, mentee, mentor);
        return violations.Count > 0 ? string.Join(", ", violations) : null;
    }

    private static List<Candidate> Solve(int menteeCount, IReadOnlyList<int> capacities, List<Candidate> candidates)
    {
        if (menteeCount == 0 || candidates.Count == 0)
        {
            return [];
        }
        var bonus = CoverageBonus(menteeCount);
        var source = 0;
        var sink = menteeCount + capacities.Count + 1;
        using var flow = new MinCostFlow();
        for (var i = 0; i < menteeCount; i++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
        }
        var firstPairArc = flow.NumArcs();
        foreach (var c in candidates)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + c.Mentee, 1 + menteeCount + c.Mentor, 1, -(bonus + c.Points));
        }
        for (var j = 0; j < capacities.Count; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + menteeCount + j, sink, capacities[j], 0);
        }
        // The way round for mentees nobody can take: every mentee's unit of supply reaches the sink.
        flow.AddArcWithCapacityAndUnitCost(source, sink, menteeCount, 0);
        flow.SetNodeSupply(source, menteeCount);
        flow.SetNodeSupply(sink, -menteeCount);
        var status = flow.Solve();
        if (status != MinCostFlow.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The matching solver stopped with {status}.");
        }
        var chosen = new List<Candidate>();
        for (var k = 0; k < candidates.Count; k++)
        {
            if (flow.Flow(firstPairArc + k) > 0)
            {
                chosen.Add(candidates[k]);
            }
        }
        return chosen;
    }
}
