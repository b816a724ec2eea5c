namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>
/// The assignment a coordinator makes by hand: best-fitting pairs first, while both sides are free. Kept as
/// the yardstick the solver is measured against (tests and the benchmark); Beacon proposes with <see cref="Matcher"/>.
/// </summary>
public static class GreedyMatcher
{
    public static MatchResult Match(MatchingInput input)
    {
        var rules = input.Rules;
        var mentees = input.Mentees.Where(m => MentoringRules.MenteeIneligibility(rules, m).Count == 0).DistinctBy(m => m.Id).OrderBy(m => m.Id).ToList();
        var mentors = input.Mentors.Where(m => MentoringRules.MentorDisqualification(rules, m).Count == 0).DistinctBy(m => m.Id).OrderBy(m => m.Id).ToList();
        // Both lists are in id order, so ties between equal fits fall the same way for the same people.
        var candidates = MatchCandidates.Build(rules, mentees, mentors, input.Forbidden.ToHashSet());
        var remaining = mentors.ToDictionary(m => m.Id, m => m.Capacity);
        var taken = new HashSet<Guid>();
        var pairs = new List<ProposedPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Points).ThenBy(c => c.Mentee).ThenBy(c => c.Mentor))
        {
            var mentee = mentees[c.Mentee];
            var mentor = mentors[c.Mentor];
            if (!taken.Contains(mentee.Id) && remaining[mentor.Id] > 0)
            {
                taken.Add(mentee.Id);
                remaining[mentor.Id]--;
                pairs.Add(new ProposedPair(mentee.Id, mentor.Id, FitScore.Score(rules, mentee, mentor), Locked: false));
            }
        }
        return new MatchResult(pairs, mentees.Where(m => !taken.Contains(m.Id)).Select(m => m.Id).ToList(), []);
    }
}
