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
        var buckets = new Dictionary<(string Subject, string Band), int>();
        int BucketId(string? subject, string band)
        {
            var key = BucketOf(rules, subject, band);
            if (!buckets.TryGetValue(key, out var id))
            {
                id = buckets.Count;
                buckets[key] = id;
            }
            return id;
        }
        var schools = mentors.Select(m => m.School).DistinctBy(s => s.Id).ToList();
        var schoolIndex = schools.Select((school, k) => (school.Id, k)).ToDictionary(x => x.Id, x => x.k);
        var groups = new Dictionary<(int Bucket, int School), List<int>>();
        for (var j = 0; j < mentors.Count; j++)
        {
            var key = (BucketId(mentors[j].Subject, mentors[j].School.GradeBand), schoolIndex[mentors[j].School.Id]);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(j);
        }
        var everySchool = Enumerable.Range(0, schools.Count).ToArray();
        var reach = new Dictionary<Guid, int[]>();
        var candidates = new List<Candidate>();
        for (var i = 0; i < mentees.Count; i++)
        {
            var mentee = mentees[i];
            var bucket = BucketId(mentee.Subject, mentee.School.GradeBand);
            if (!reach.TryGetValue(mentee.School.Id, out var within))
            {
                within = rules.MaxTravelKm is { } limit ? SchoolsWithin(mentee.School, schools, limit) : everySchool;
                reach[mentee.School.Id] = within;
            }
            foreach (var school in within)
            {
                if (!groups.TryGetValue((bucket, school), out var group))
                {
                    continue;
                }
                foreach (var j in group)
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

    // Only a shortcut, worked out once per mentee school: a school out of reach could give no allowed pair, since
    // PairAllowed refuses it too. A degree of latitude is at least 110 km, which rules most schools out before the haversine.
    private static int[] SchoolsWithin(SchoolFacts from, List<SchoolFacts> schools, double limitKm)
    {
        var within = new List<int>();
        for (var k = 0; k < schools.Count; k++)
        {
            var to = schools[k];
            if (to.Id == from.Id
                || (from.Latitude is { } lat1 && to.Latitude is { } lat2 && Math.Abs(lat1 - lat2) * 110 <= limitKm
                    && Travel.Kilometres(from, to) is { } km && km <= limitKm))
            {
                within.Add(k);
            }
        }
        return [.. within];
    }
}
