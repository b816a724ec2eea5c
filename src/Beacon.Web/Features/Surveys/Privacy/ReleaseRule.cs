namespace Beacon.Web.Features.Surveys.Privacy;

/// <summary>How many people one school × role group cell holds: answered now, or counted in a release.</summary>
public sealed record CellCount(Guid SchoolId, string RoleGroup, int Respondents);

/// <summary>
/// Which cells (school × role group) a new release of a survey's results refreshes. Results are
/// published as numbered releases; each cell of a release holds the figures of a snapshot of that
/// cell's respondents. A cell enters the figures only once at least the minimum have answered in
/// it, and is refreshed only when at least the minimum more have answered since its last snapshot;
/// otherwise it keeps its previous figures. Responses are never removed, so each cell's snapshots
/// are nested sets, and every released figure of any group, in any release, is a sum over blocks
/// of people — a cell's first snapshot, or what one refresh added — each of at least the minimum.
/// No adding or subtracting of figures, within a release or between releases, can isolate fewer
/// people than one block: that is what ReleaseRulePropertyTests checks by brute force.
/// The price: a cell where fewer than the minimum answered (one principal) counts in no figure,
/// not even the district's, until the minimum is reached in it.
/// </summary>
public static class ReleaseRule
{
    /// <summary>The cells of the next release: for each cell, its live count when refreshed, else its previous released count.</summary>
    public static ReleasePlan Next(IReadOnlyList<CellCount> previous, IReadOnlyList<CellCount> live, int minimum)
    {
        minimum = MinimumRespondents.Effective(minimum);
        var before = previous.ToDictionary(c => (c.SchoolId, c.RoleGroup), c => c.Respondents);
        var cells = new List<CellCount>();
        var refreshed = new List<CellCount>();
        foreach (var cell in live)
        {
            var had = before.GetValueOrDefault((cell.SchoolId, cell.RoleGroup));
            if (cell.Respondents < had)
            {
                throw new InvalidOperationException("A cell has fewer respondents than its last release: responses are never removed.");
            }
            if (cell.Respondents - had >= minimum)
            {
                refreshed.Add(cell);
                cells.Add(cell);
            }
            else if (had > 0)
            {
                cells.Add(cell with { Respondents = had });
            }
        }
        // A cell released before keeps its figures even when no live count was read for it.
        cells.AddRange(previous.Where(p => p.Respondents > 0 && !live.Any(l => l.SchoolId == p.SchoolId && l.RoleGroup == p.RoleGroup)));
        return new ReleasePlan(cells, refreshed);
    }
}

/// <summary>The cells of a release (each with its released count) and those refreshed from live answers.</summary>
public sealed record ReleasePlan(IReadOnlyList<CellCount> Cells, IReadOnlyList<CellCount> Refreshed)
{
    public bool ChangesAnything => Refreshed.Count > 0;

    public int Respondents => Cells.Sum(c => c.Respondents);

    /// <summary>The cells as the small-group rule reads them.</summary>
    public IReadOnlyList<GroupCount> Groups => Cells.Select(c => new GroupCount(c.SchoolId, c.RoleGroup, c.Respondents)).ToList();
}

/// <summary>
/// Response rates while a survey is open, as leaders see them: a band of a quarter, shown only while
/// at least the minimum have answered in the group and at least the minimum have not. Whenever what
/// is shown changes, someone among the group's non-answerers of the moment answered, and there were
/// always at least the minimum of those: so no change of a rate narrows who answered to fewer people
/// (the only principal, the last two teachers of a school).
/// </summary>
public static class RateBand
{
    public static string For(int invited, int answered, int minimum)
    {
        minimum = MinimumRespondents.Effective(minimum);
        if (invited == 0)
        {
            return "nobody invited";
        }
        if (answered < minimum || invited - answered < minimum)
        {
            return Hidden(minimum);
        }
        var quarter = 4 * answered / invited;
        return quarter switch
        {
            0 => "under 25%",
            1 => "25–49%",
            2 => "50–74%",
            _ => "75% or more",
        };
    }

    public static string Hidden(int minimum) =>
        $"not shown while fewer than {MinimumRespondents.Effective(minimum).ToString(System.Globalization.CultureInfo.InvariantCulture)} have, or have not, answered";
}
