using Beacon.Web.Features.Mentoring.Matching;
using CsCheck;

namespace Beacon.Tests.Features.Mentoring;

public class MatcherTests
{
    [Fact]
    public void Match_RandomInstancesUpTo8x8_EqualsBruteForce() =>
        MatchingInstances.Instance.Sample(input =>
        {
            var result = Matcher.Match(input);
            var kept = result.Pairs.Where(p => p.Locked).Select(p => new PairKey(p.MenteeId, p.MentorId)).ToList();
            Assert.Equal(MatchingInstances.BruteForce(input, kept), (result.Pairs.Count, result.TotalFit));
        }, iter: 400);

    [Fact]
    public void Match_RandomInstances_RespectsEveryHardRuleCapacityAndForbiddenPair() =>
        MatchingInstances.Instance.Sample(input =>
        {
            var result = Matcher.Match(input);
            var mentees = input.Mentees.ToDictionary(m => m.Id);
            var mentors = input.Mentors.ToDictionary(m => m.Id);
            foreach (var pair in result.Pairs)
            {
                Assert.True(MentoringRules.Allowed(input.Rules, mentees[pair.MenteeId], mentors[pair.MentorId]));
                Assert.DoesNotContain(new PairKey(pair.MenteeId, pair.MentorId), input.Forbidden);
                Assert.Equal(FitScore.Score(input.Rules, mentees[pair.MenteeId], mentors[pair.MentorId]).Points, pair.Fit.Points);
            }
            Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.MenteeId).Distinct().Count());
            Assert.All(result.Pairs.GroupBy(p => p.MentorId), g => Assert.True(g.Count() <= mentors[g.Key].Capacity));
        }, iter: 400);

    [Fact]
    public void Match_RandomInstances_KeepsEveryLockItCanAndSaysWhyNot() =>
        MatchingInstances.Instance.Sample(input =>
        {
            var result = Matcher.Match(input);
            var pairs = result.Pairs.Select(p => new PairKey(p.MenteeId, p.MentorId)).ToHashSet();
            foreach (var locked in input.Locked.Distinct())
            {
                var rejected = result.RejectedLocks.Where(r => r.Pair == locked).ToList();
                Assert.True(pairs.Contains(locked) ^ rejected.Count > 0, "each lock is either kept or rejected");
                Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
            }
        }, iter: 300);

    [Fact]
    public void Match_SameInputShuffled_GivesTheSamePairs() =>
        Gen.Select(MatchingInstances.Instance, Gen.Int).Sample((input, seed) =>
        {
            var random = new Random(seed);
            var shuffled = input with
            {
                Mentees = input.Mentees.OrderBy(_ => random.Next()).ToList(),
                Mentors = input.Mentors.OrderBy(_ => random.Next()).ToList(),
            };
            var first = Matcher.Match(input).Pairs.Select(p => (p.MenteeId, p.MentorId)).ToList();
            Assert.Equal(first, Matcher.Match(input).Pairs.Select(p => (p.MenteeId, p.MentorId)).ToList());
            Assert.Equal(first, Matcher.Match(shuffled).Pairs.Select(p => (p.MenteeId, p.MentorId)).ToList());
        }, iter: 200);

    [Fact]
    public void Match_RandomInstances_NeverWorseThanGreedy() =>
        MatchingInstances.Instance.Sample(input =>
        {
            var optimal = Matcher.Match(input with { Locked = [] });
            var greedy = GreedyMatcher.Match(input with { Locked = [] });
            Assert.True((optimal.Pairs.Count, optimal.TotalFit).CompareTo((greedy.Pairs.Count, greedy.TotalFit)) >= 0);
        }, iter: 300);

    [Fact]
    public void Match_GreedyTrap_MatchesBothMenteesWhereGreedyMatchesOne()
    {
        var school = new SchoolFacts(Guid.NewGuid(), "North", "Elementary", null, null, null, 0);
        var rules = new ProgrammeRules { SameSubjectRequired = true };
        var strongMentor = new MentorFacts(Guid.NewGuid(), "Ada", MentoringRole.Teacher, 15, "Mathematics", 4, true, 1, school);
        var otherMentor = new MentorFacts(Guid.NewGuid(), "Bo", MentoringRole.Teacher, 2, "Science", 3, true, 1,
            school with { Id = Guid.NewGuid(), GradeBand = "High" });
        // Both can take Ada; only the first can take Bo. Greedy gives Ada to the best fit and strands the second.
        var first = new MenteeFacts(Guid.NewGuid(), "First", MentoringRole.Teacher, 0, "Mathematics", school, new HashSet<Guid>());
        var second = new MenteeFacts(Guid.NewGuid(), "Second", MentoringRole.Teacher, 1, "Mathematics", school, new HashSet<Guid>());
        var input = new MatchingInput(rules with { SameSubjectRequired = false }, [first, second], [strongMentor], [], []);
        Assert.Single(Matcher.Match(input).Pairs);

        var both = new MatchingInput(rules with { SameSubjectRequired = false, SameGradeBandRequired = false },
            [first, second with { Subject = "English" }], [strongMentor, otherMentor], [], [new PairKey(second.Id, otherMentor.Id)]);
        var result = Matcher.Match(both);
        Assert.Equal(2, result.Pairs.Count);
        Assert.Contains(result.Pairs, p => p.MenteeId == second.Id && p.MentorId == strongMentor.Id);
    }
}
