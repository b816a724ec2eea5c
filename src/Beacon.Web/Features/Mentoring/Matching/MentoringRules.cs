using System.Globalization;

namespace Beacon.Web.Features.Mentoring.Matching;

/// <summary>
/// A programme's hard rules: who may be mentored, who may mentor, and which pairs may be made at all.
/// Each check answers the reasons it fails, so the matching page can say why a pair is out.
/// </summary>
public static class MentoringRules
{
    public static IReadOnlyList<string> MenteeIneligibility(ProgrammeRules rules, MenteeFacts mentee)
    {
        var reasons = new List<string>();
        if (mentee.Role != rules.MenteeRole)
        {
            reasons.Add($"not a {Label(rules.MenteeRole)}");
        }
        if (rules.MenteeMaxYears is { } max && (mentee.YearsOfExperience is not { } years || years > max))
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"more than {max} years of experience (or not known)"));
        }
        if (mentee.School.SupportTier < rules.MenteeMinSupportTier)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"school below support tier {rules.MenteeMinSupportTier}"));
        }
        return reasons;
    }

    public static IReadOnlyList<string> MentorDisqualification(ProgrammeRules rules, MentorFacts mentor)
    {
        var reasons = new List<string>();
        if (mentor.Capacity <= 0)
        {
            reasons.Add("no capacity");
        }
        if ((mentor.YearsOfExperience ?? 0) < rules.MentorMinYears)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"fewer than {rules.MentorMinYears} years of experience"));
        }
        if (rules.MentorMinRating is { } rating && (mentor.Rating is not { } r || r < rating))
        {
            reasons.Add("rating below the programme's minimum (or not known)");
        }
        if (rules.MentorTrainingRequired && !mentor.TrainingCompleted)
        {
            reasons.Add("mentor training not completed");
        }
        return reasons;
    }

    /// <summary>Why this pair may not be made, whatever else is decided; empty when it may.</summary>
    public static IReadOnlyList<string> PairViolations(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor)
    {
        var reasons = new List<string>();
        CheckPair(rules, mentee, mentor, reasons);
        return reasons;
    }

    /// <summary>The same check as <see cref="PairViolations"/> without building its reasons: what the matcher asks of every candidate.</summary>
    public static bool PairAllowed(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor) => CheckPair(rules, mentee, mentor, null);

    // One statement of the pair rules for both; reasons are only written when asked for. Answers whether the pair passes.
    private static bool CheckPair(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor, List<string>? reasons)
    {
        var allowed = true;
        void Fail(string reason)
        {
            allowed = false;
            reasons?.Add(reason);
        }
        var explain = reasons is not null;
        if (mentee.Id == mentor.Id)
        {
            Fail("the same person");
        }
        if (mentee.EvaluatorIds.Contains(mentor.Id))
        {
            Fail("the mentee's own evaluator");
        }
        if (rules.SameSubjectRequired && !SameSubject(mentee.Subject, mentor.Subject))
        {
            Fail("different subject");
        }
        if (rules.SameGradeBandRequired && !string.Equals(mentee.School.GradeBand, mentor.School.GradeBand, StringComparison.Ordinal))
        {
            Fail("different grade band");
        }
        if (rules.MaxTravelKm is { } limit && mentee.School.Id != mentor.School.Id)
        {
            // A limit the district set is kept even where a school has no location: such pairs stay within one school.
            if (Travel.Kilometres(mentee.School, mentor.School) is not { } km)
            {
                Fail("travel not known (a school has no location)");
            }
            else if (km > limit)
            {
                Fail(!explain ? "" : string.Create(CultureInfo.InvariantCulture, $"{km:0.0} km apart, more than {limit:0.#} km"));
            }
        }
        if (rules.Kind == ProgrammeKind.TurnaroundCoaching
            && !(mentor.School.Performance is { } strong && mentee.School.Performance is { } weak && strong > weak))
        {
            Fail("mentor's school does not perform better");
        }
        return allowed;
    }

    /// <summary>The mentee, the mentor and the pair all pass.</summary>
    public static bool Allowed(ProgrammeRules rules, MenteeFacts mentee, MentorFacts mentor) =>
        MenteeIneligibility(rules, mentee).Count == 0
        && MentorDisqualification(rules, mentor).Count == 0
        && PairAllowed(rules, mentee, mentor);

    public static bool SameSubject(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    public static string Label(MentoringRole role) => role switch
    {
        MentoringRole.Teacher => "teacher",
        MentoringRole.Principal => "principal",
        MentoringRole.Coach => "coach",
        _ => "staff member",
    };
}
