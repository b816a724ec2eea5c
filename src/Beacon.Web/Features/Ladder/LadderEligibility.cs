namespace Beacon.Web.Features.Ladder;

/// <summary>What a stage of the career ladder asks for that Beacon's own records can show; null where the stage does not ask.</summary>
public sealed record StageCriteria(int? MinYears, decimal? MinCredits, int? MinMentoringPairings, int? MinPublishedResearch);

/// <summary>
/// A person's record as the ladder reads it: years of service, learning credits from the transcript, pairings
/// mentored (Features/Mentoring) and action research published as an author (Features/Research).
/// </summary>
public sealed record LadderHistory(int Years, decimal Credits, int PairingsMentored, int ResearchPublished);

/// <summary>One criterion the record does not yet meet, with what it asks and what the record shows.</summary>
public sealed record UnmetCriterion(string Criterion, string Needed, string Has);

/// <summary>
/// Whether a person's record meets a stage's data criteria. Plain C#: the criteria judged by people (portfolio,
/// observation) are the principal's and the panel's, never this rule's. Tested over generated histories in
/// <c>LadderEligibilityTests</c>.
/// </summary>
public static class LadderEligibility
{
    public static IReadOnlyList<UnmetCriterion> Unmet(StageCriteria stage, LadderHistory history)
    {
        var unmet = new List<UnmetCriterion>();
        if (stage.MinYears is { } years && history.Years < years)
        {
            unmet.Add(new("Years of service", Text(years), Text(history.Years)));
        }
        if (stage.MinCredits is { } credits && history.Credits < credits)
        {
            unmet.Add(new("Learning credits", Text(credits), Text(history.Credits)));
        }
        if (stage.MinMentoringPairings is { } pairings && history.PairingsMentored < pairings)
        {
            unmet.Add(new("Teachers mentored", Text(pairings), Text(history.PairingsMentored)));
        }
        if (stage.MinPublishedResearch is { } research && history.ResearchPublished < research)
        {
            unmet.Add(new("Action research published", Text(research), Text(history.ResearchPublished)));
        }
        return unmet;
    }

    public static bool Eligible(StageCriteria stage, LadderHistory history) => Unmet(stage, history).Count == 0;

    private static string Text(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
