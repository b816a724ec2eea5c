using System.Globalization;

namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>One reason a pair scores what it does.</summary>
public sealed record FitPart(string Reason, int Points);

/// <summary>A pair's fit: whole points (so the solver's costs are exact) and the parts they add up from.</summary>
public sealed record Fit(int Points, IReadOnlyList<FitPart> Parts)
{
    public string Explanation => Parts.Count == 0
        ? "no shared subject, band or experience to speak of"
        : string.Join("; ", Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Reason} +{p.Points}")));
}

/// <summary>
/// How well a mentor fits a mentee, from 0 to <see cref="Max"/>: what makes advice transferable (the same
/// subject and grade band), the mentor's experience and rating, closeness, and for turnaround the
/// performance gap between the schools. Hard rules are not scored here; see <see cref="MentoringRules"/>.
/// </summary>
public static class FitScore
{
    public const int Max = 100;
    public const int SameSubject = 30;
    public const int SameGradeBand = 20;
    public const int MaxExperience = 15;
    public const int HighlyEffective = 10;
    public const int Effective = 5;
    public const int SameSchool = 10;
    public const int Nearby = 5;
    public const double NearbyKm = 10;
    public const int MaxPerformanceGap = 15;

    public static Fit Score(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor)
    {
        var parts = new List<FitPart>();
        var points = Compute(rules, mentee, mentor, parts);
        return new Fit(points, parts);
    }

    /// <summary>The points alone, without the explanation's text: what the solver needs for every candidate pair.</summary>
    public static int Points(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor) => Compute(rules, mentee, mentor, null);

    // One statement of the scoring for both: the parts' text is only built when it is asked for.
    private static int Compute(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor, List<FitPart>? parts)
    {
        var total = 0;
        var explain = parts is not null;
        void Add(int points, string reason)
        {
            total += points;
            parts?.Add(new FitPart(reason, points));
        }
        if (MentoringRules.SameSubject(mentee.Subject, mentor.Subject))
        {
            Add(SameSubject, !explain ? "" : $"same subject ({mentor.Subject!.Trim()})");
        }
        if (string.Equals(mentee.School.GradeBand, mentor.School.GradeBand, StringComparison.Ordinal))
        {
            Add(SameGradeBand, !explain ? "" : $"same grade band ({mentor.School.GradeBand})");
        }
        var gap = (mentor.YearsOfExperience ?? 0) - (mentee.YearsOfExperience ?? 0);
        if (gap > 0)
        {
            Add(Math.Min(MaxExperience, gap), !explain ? "" : string.Create(CultureInfo.InvariantCulture, $"{gap} more years of experience"));
        }
        if (rules.MentorMinRating is not null && mentor.Rating is { } rating && rating >= 3)
        {
            Add(rating >= 4 ? HighlyEffective : Effective, !explain ? "" : rating >= 4 ? "rated highly effective" : "rated effective");
        }
        if (mentee.School.Id == mentor.School.Id)
        {
            Add(SameSchool, !explain ? "" : "same school");
        }
        else if (Travel.Kilometres(mentee.School, mentor.School) is { } km && km <= NearbyKm)
        {
            Add(Nearby, !explain ? "" : string.Create(CultureInfo.InvariantCulture, $"schools {km:0.0} km apart"));
        }
        if (rules.Kind == ProgrammeKind.TurnaroundCoaching
            && mentor.School.Performance is { } strong && mentee.School.Performance is { } weak && strong > weak)
        {
            var points = (int)Math.Min(MaxPerformanceGap, Math.Round((strong - weak) / 2, MidpointRounding.AwayFromZero));
            if (points > 0)
            {
                Add(points, !explain ? "" : string.Create(CultureInfo.InvariantCulture, $"mentor's school scores {strong - weak:0} points higher"));
            }
        }
        return Math.Min(Max, total);
    }
}
