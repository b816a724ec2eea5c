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
        if (MentoringRules.SameSubject(mentee.Subject, mentor.Subject))
        {
            parts.Add(new FitPart($"same subject ({mentor.Subject!.Trim()})", SameSubject));
        }
        if (string.Equals(mentee.School.GradeBand, mentor.School.GradeBand, StringComparison.Ordinal))
        {
            parts.Add(new FitPart($"same grade band ({mentor.School.GradeBand})", SameGradeBand));
        }
        var gap = (mentor.YearsOfExperience ?? 0) - (mentee.YearsOfExperience ?? 0);
        if (gap > 0)
        {
            parts.Add(new FitPart(string.Create(CultureInfo.InvariantCulture, $"{gap} more years of experience"), Math.Min(MaxExperience, gap)));
        }
        if (rules.MentorMinRating is not null && mentor.Rating is { } rating && rating >= 3)
        {
            parts.Add(rating >= 4 ? new FitPart("rated highly effective", HighlyEffective) : new FitPart("rated effective", Effective));
        }
        if (mentee.School.Id == mentor.School.Id)
        {
            parts.Add(new FitPart("same school", SameSchool));
        }
        else if (Travel.Kilometres(mentee.School, mentor.School) is { } km && km <= NearbyKm)
        {
            parts.Add(new FitPart(string.Create(CultureInfo.InvariantCulture, $"schools {km:0.0} km apart"), Nearby));
        }
        if (rules.Kind == ProgrammeKind.TurnaroundCoaching
            && mentor.School.Performance is { } strong && mentee.School.Performance is { } weak && strong > weak)
        {
            var points = (int)Math.Min(MaxPerformanceGap, Math.Round((strong - weak) / 2, MidpointRounding.AwayFromZero));
            if (points > 0)
            {
                parts.Add(new FitPart(string.Create(CultureInfo.InvariantCulture, $"mentor's school scores {strong - weak:0} points higher"), points));
            }
        }
        return new Fit(Math.Min(Max, parts.Sum(p => p.Points)), parts);
    }
}
