using System.Diagnostics;
using System.Globalization;
using Beacon.Bench.Shared;
using Beacon.Web.Features.Mentoring.Matching;

namespace Beacon.Bench.Matching;

/// <summary>
/// Matches mentees to mentors (metro: 5,000 to 10,000, capacity 1–2) in a synthetic district of 1,800 schools
/// (the largest districts' size) spread over about 130 km by 130 km, with the same subject and grade band
/// required, a 25 km travel limit and ratings; records the solver's time, and its pairs and total fit against
/// the greedy assignment's. No database: the matcher is plain C# plus OR-Tools. `--mentees N` overrides the
/// scale (mentors are twice as many). Greedy is not optimal here: a mentor near two mentees is often the best
/// fit of one who had other choices and the only one of the other, so greedy leaves mentees unmatched or
/// settles for worse fits.
/// </summary>
public static class MatchingBenchmark
{
    private static readonly string[] Subjects = ["Mathematics", "English", "Science", "History", "Art", "Music", "Languages", "PE"];
    private static readonly string[] Bands = ["Elementary", "Middle", "High"];

    public static Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var mentees = options.Int("--mentees", options.Scale switch { "metro" => 5_000, "district" => 1_000, _ => 200 });
        var input = Generate(mentees, mentees * 2, seed: 18);
        Console.WriteLine($"Matching {mentees:N0} mentees to {mentees * 2:N0} mentors");
        Matcher.Match(input with { Mentees = input.Mentees.Take(10).ToList() });

        var watch = Stopwatch.StartNew();
        var eligible = input.Mentees.Where(m => MentoringRules.MenteeIneligibility(input.Rules, m).Count == 0).ToList();
        var qualified = input.Mentors.Where(m => MentoringRules.MentorDisqualification(input.Rules, m).Count == 0).ToList();
        var arcs = MatchCandidates.Build(input.Rules, eligible, qualified, new HashSet<PairKey>()).Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {eligible.Count:N0} eligible mentees, {qualified.Count:N0} qualified mentors, {arcs:N0} pairs the hard rules allow (of {(long)eligible.Count * qualified.Count:N0}), pruned and scored in {watch.Elapsed.TotalMilliseconds:0} ms"));

        watch.Restart();
        var optimal = Matcher.Match(input);
        var solverMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var greedy = GreedyMatcher.Match(input);
        var greedyMs = watch.Elapsed.TotalMilliseconds;

        var scale = options.Scale;
        new BenchResult("matching", "none", scale, "solver time", solverMs, "ms", "greedy time", greedyMs).Record(options);
        new BenchResult("matching", "none", scale, "mentees matched", optimal.Pairs.Count, "pairs", "greedy", greedy.Pairs.Count).Record(options);
        new BenchResult("matching", "none", scale, "total fit", optimal.TotalFit, "points", "greedy", greedy.TotalFit).Record(options);
        var better = optimal.Pairs.Count > greedy.Pairs.Count
            || (optimal.Pairs.Count == greedy.Pairs.Count && optimal.TotalFit > greedy.TotalFit);
        Console.WriteLine(better
            ? "  The solver's assignment is strictly better than greedy's."
            : "  The solver's assignment is NOT better than greedy's: the generated instance lets greedy be optimal.");
        return Task.CompletedTask;
    }

    public static MatchingInput Generate(int menteeCount, int mentorCount, int seed)
    {
        var random = new Random(seed);
        Guid NextId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }
        var schools = Enumerable.Range(0, 1_800).Select(i => new SchoolFacts(
            NextId(), $"School {i}", Bands[i % Bands.Length],
            45 + (random.NextDouble() * 1.2), -75 + (random.NextDouble() * 1.7), 30 + (random.NextDouble() * 60), random.Next(0, 4))).ToList();
        var mentors = Enumerable.Range(0, mentorCount).Select(i => new MentorFacts(
            NextId(), $"Mentor {i}", MentoringRole.Teacher, random.Next(3, 30), Subjects[random.Next(Subjects.Length)],
            random.Next(2, 5), random.Next(4) > 0, random.Next(1, 3), schools[random.Next(schools.Count)])).ToList();
        var mentees = Enumerable.Range(0, menteeCount).Select(i =>
        {
            var school = schools[random.Next(schools.Count)];
            return new MenteeFacts(NextId(), $"Mentee {i}", MentoringRole.Teacher, random.Next(0, 2),
                Subjects[random.Next(Subjects.Length)], school, new HashSet<Guid>());
        }).ToList();
        var rules = new ProgrammeRules
        {
            Kind = ProgrammeKind.Induction,
            MenteeMaxYears = 1,
            MentorMinYears = 5,
            MentorMinRating = 3,
            SameSubjectRequired = true,
            SameGradeBandRequired = true,
            MaxTravelKm = 25,
        };
        return new MatchingInput(rules, mentees, mentors, [], []);
    }
}
