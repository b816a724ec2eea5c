namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>A pair the hard rules allow, by index into the mentee and mentor lists, with its fit's points.</summary>
public readonly record struct Candidate(int Mentee, int Mentor, int Points);

/// <summary>
/// Every pair the hard rules allow, without trying every mentee against every mentor: where the programme
/// requires the same subject or grade band only the mentee's bucket is tried, and where it limits travel only
/// the schools within reach (worked out once per pair of schools, not per pair of people). Each pair left is
/// still checked by <see cref="MentoringRules.PairAllowed"/>, which stays the one statement of the rules. Only points
/// are worked out here; the explanation is written for the pairs chosen (<see cref="FitScore.Score"/>).
/// </summary>
public static class MatchCandidates
{
    public static List<Candidate> Build(
        ProgrammeRules rules, IReadOnlyList<MenteeFacts> mentees, IReadOnlyList<MentorFacts> mentors, IReadOnlySet<PairKey> forbidden)
    {
        var byBucketAndSchool = Enumerable.Range(0, mentors.Count)
            .GroupBy(j => (Bucket: BucketOf(rules, mentors[j].Subject, mentors[j].School.GradeBand), School: mentors[j].School.Id))
            .ToDictionary(g => g.Key, g => g.ToList());
        var schoolsByBucket = byBucketAndSchool.Keys.ToLookup(k => k.Bucket, k => mentors[byBucketAndSchool[k][0]].School);
        var reachable = new Dictionary<(Guid From, Guid To), bool>();
        var candidates = new List<Candidate>();
        for (var i = 0; i < mentees.Count; i++)
        {
            var mentee = mentees[i];
            var bucket = BucketOf(rules, mentee.Subject, mentee.School.GradeBand);
            foreach (var school in schoolsByBucket[bucket])
            {
                if (!WithinReach(rules, mentee.School, school, reachable))
                {
                    continue;
                }
                foreach (var j in byBucketAndSchool[(bucket, school.Id)])
                {
                    if (!forbidden.Contains(new PairKey(mentee.Id, mentors[j].Id))
                        && MentoringRules.PairAllowed(rules, mentee, mentors[j]))
                    {
                        candidates.Add(new Candidate(i, j, FitScore.Points(rules, mentee, mentors[j])));
                    }
                }
            }
        }
        return candidates;
    }

    private static (string Subject, string Band) BucketOf(ProgrammeRules rules, string? subject, string band) =>
        (rules.SameSubjectRequired ? (subject ?? "").Trim().ToUpperInvariant() : "", rules.SameGradeBandRequired ? band : "");

    // Only a shortcut: a school out of reach could give no allowed pair, since PairAllowed refuses it too.
    private static bool WithinReach(ProgrammeRules rules, SchoolFacts from, SchoolFacts to, Dictionary<(Guid, Guid), bool> known)
    {
        if (rules.MaxTravelKm is not { } limit || from.Id == to.Id)
        {
            return true;
        }
        if (!known.TryGetValue((from.Id, to.Id), out var reach))
        {
            reach = Travel.Kilometres(from, to) is { } km && km <= limit;
            known[(from.Id, to.Id)] = reach;
        }
        return reach;
    }
}
