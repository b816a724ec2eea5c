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
        var mentees = input.Mentees.Where(m => MentoringRules.MenteeIneligibility(rules, m).Count == 0).DistinctBy(m => m.Id).ToList();
        var mentors = input.Mentors.Where(m => MentoringRules.MentorDisqualification(rules, m).Count == 0).DistinctBy(m => m.Id).ToList();
        var forbidden = input.Forbidden.ToHashSet();
        var candidates = new List<(MenteeFacts Mentee, MentorFacts Mentor, Fit Fit)>();
        foreach (var mentee in mentees)
        {
            foreach (var mentor in mentors)
            {
                if (!forbidden.Contains(new PairKey(mentee.Id, mentor.Id)) && MentoringRules.PairViolations(rules, mentee, mentor).Count == 0)
                {
                    candidates.Add((mentee, mentor, FitScore.Score(rules, mentee, mentor)));
                }
            }
        }
        var remaining = mentors.ToDictionary(m => m.Id, m => m.Capacity);
        var taken = new HashSet<Guid>();
        var pairs = new List<ProposedPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Fit.Points).ThenBy(c => c.Mentee.Id).ThenBy(c => c.Mentor.Id))
        {
            if (!taken.Contains(c.Mentee.Id) && remaining[c.Mentor.Id] > 0)
            {
                taken.Add(c.Mentee.Id);
                remaining[c.Mentor.Id]--;
                pairs.Add(new ProposedPair(c.Mentee.Id, c.Mentor.Id, c.Fit, Locked: false));
            }
        }
        return new MatchResult(pairs, mentees.Where(m => !taken.Contains(m.Id)).Select(m => m.Id).ToList(), []);
    }
}
