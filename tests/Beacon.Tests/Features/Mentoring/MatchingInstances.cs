using Beacon.Web.Features.Mentoring.Matching;
using CsCheck;

namespace Beacon.Tests.Features.Mentoring;

/// <summary>Random small programmes: up to 8 mentees and 8 mentors in four schools, with capacities, rules, locks and forbidden pairs.</summary>
internal static class MatchingInstances
{
    private static readonly string[] Subjects = ["Mathematics", "English", "Science"];

    private static readonly SchoolFacts[] Schools =
    [
        new(Guid.Parse("00000000-0000-0000-0000-00000000000a"), "North", "Elementary", 45.00, -75.00, 80, 0),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000b"), "East", "Elementary", 45.05, -75.02, 55, 2),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000c"), "South", "High", 45.40, -75.30, 40, 3),
        new(Guid.Parse("00000000-0000-0000-0000-00000000000d"), "Hill", "High", null, null, null, 1),
    ];

    private static Gen<Guid> Id => Gen.Int[1, 1000].Select(i => new Guid(i, 0, 0, new byte[8]));

    private static readonly Gen<ProgrammeRules> Rules =
        Gen.Select(Gen.Enum<ProgrammeKind>(), Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.Int[0, 2])
            .SelectMany(t => Gen.Select(Gen.Bool, Gen.Double[5, 60], Gen.Int[0, 4]).Select(u => new ProgrammeRules
            {
                Kind = t.Item1,
                MenteeMaxYears = t.Item2 == 0 ? null : t.Item2,
                SameSubjectRequired = t.Item3,
                SameGradeBandRequired = t.Item4,
                MenteeMinSupportTier = t.Item5,
                MaxTravelKm = u.Item1 ? Math.Round(u.Item2) : null,
                MentorMinYears = u.Item3,
                MentorMinRating = u.Item3 % 2 == 0 ? 3 : null,
                MentorTrainingRequired = u.Item3 == 4,
            }));

    private static Gen<MenteeFacts> Mentee(IReadOnlyList<Guid> mentorIds) =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, Subjects.Length - 1], Gen.Int[0, Schools.Length - 1], Gen.Int[0, mentorIds.Count])
            .Select(t => new MenteeFacts(Guid.NewGuid(), "mentee", MentoringRole.Teacher, t.Item1, Subjects[t.Item2], Schools[t.Item3],
                t.Item4 < mentorIds.Count ? new HashSet<Guid> { mentorIds[t.Item4] } : []));

    private static Gen<MentorFacts> Mentor =>
        Gen.Select(Gen.Int[1, 20], Gen.Int[0, Subjects.Length - 1], Gen.Int[0, Schools.Length - 1], Gen.Int[0, 3], Gen.Int[1, 4], Gen.Bool)
            .Select(t => new MentorFacts(Guid.NewGuid(), "mentor", MentoringRole.Teacher, t.Item1, Subjects[t.Item2], t.Item5, t.Item6, t.Item4, Schools[t.Item3]));

    /// <summary>An instance; ids are drawn afresh (Guid.NewGuid) so each sample has its own order of people.</summary>
    public static readonly Gen<MatchingInput> Instance =
        Gen.Select(Rules, Mentor.List[1, 8])
            .SelectMany(t => Mentee(t.Item2.Select(m => m.Id).ToList()).List[1, 8]
                .SelectMany(mentees => Gen.Select(
                    Gen.Select(Gen.Int[0, mentees.Count - 1], Gen.Int[0, t.Item2.Count - 1]).List[0, 3],
                    Gen.Select(Gen.Int[0, mentees.Count - 1], Gen.Int[0, t.Item2.Count - 1]).List[0, 6])
                    .Select(lf => new MatchingInput(t.Item1, mentees, t.Item2,
                        lf.Item1.Select(p => new PairKey(mentees[p.Item1].Id, t.Item2[p.Item2].Id)).ToList(),
                        lf.Item2.Select(p => new PairKey(mentees[p.Item1].Id, t.Item2[p.Item2].Id)).ToList()))));

    /// <summary>
    /// The best (pairs, total fit) by exhaustive search over every mentee's choices, remembering the best
    /// completion for each state of remaining capacities: a second, simpler implementation than the flow.
    /// </summary>
    public static (int Pairs, int Fit) BruteForce(MatchingInput input, IReadOnlyCollection<PairKey> forced)
    {
        var rules = input.Rules;
        var mentees = input.Mentees.Where(m => MentoringRules.MenteeIneligibility(rules, m).Count == 0).ToList();
        var mentors = input.Mentors.Where(m => MentoringRules.MentorDisqualification(rules, m).Count == 0).ToList();
        var forbidden = input.Forbidden.ToHashSet();
        var capacity = mentors.Select(m => m.Capacity - forced.Count(f => f.MentorId == m.Id)).ToArray();
        var forcedFit = forced.Sum(f => FitScore.Score(rules, mentees.Single(m => m.Id == f.MenteeId), mentors.Single(m => m.Id == f.MentorId)).Points);
        var open = mentees.Where(m => forced.All(f => f.MenteeId != m.Id)).ToList();
        var memo = new Dictionary<string, (int, int)>();

        (int, int) Best(int i)
        {
            if (i == open.Count)
            {
                return (0, 0);
            }
            var key = i + ":" + string.Join(',', capacity);
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }
            var best = Best(i + 1);
            for (var j = 0; j < mentors.Count; j++)
            {
                if (capacity[j] <= 0 || forbidden.Contains(new PairKey(open[i].Id, mentors[j].Id))
                    || MentoringRules.PairViolations(rules, open[i], mentors[j]).Count > 0)
                {
                    continue;
                }
                capacity[j]--;
                var rest = Best(i + 1);
                capacity[j]++;
                var candidate = (rest.Item1 + 1, rest.Item2 + FitScore.Score(rules, open[i], mentors[j]).Points);
                if (candidate.CompareTo(best) > 0)
                {
                    best = candidate;
                }
            }
            memo[key] = best;
            return best;
        }

        var (pairs, fit) = Best(0);
        return (pairs + forced.Count, fit + forcedFit);
    }
}
