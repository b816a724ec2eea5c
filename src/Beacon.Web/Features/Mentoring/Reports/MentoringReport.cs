namespace Beacon.Web.Features.Mentoring.Reports;

/// <summary>A programme as the report needs it.</summary>
public sealed record ProgrammeFacts(Guid Id, string Name, int RequiredHours, int DefaultCapacity);

/// <summary>A pairing as the report needs it: who, where and the minutes logged.</summary>
public sealed record PairingFacts(Guid Id, Guid ProgrammeId, Guid SchoolId, Guid MenteeId, Guid MentorId, int Minutes);

/// <summary>Contact hours of a group of pairings against what the programme requires of each.</summary>
/// <param name="OnTrack">Pairings that have logged at least the required hours.</param>
public sealed record HoursRow(string Group, string Programme, int Pairings, int Minutes, int RequiredHours, int OnTrack)
{
    public int RequiredMinutes => Pairings * RequiredHours * 60;

    /// <summary>Minutes logged as a share of the minutes required; null when nothing is required.</summary>
    public double? Share => RequiredMinutes > 0 ? (double)Minutes / RequiredMinutes : null;
}

/// <summary>A mentor's mentees in a programme against the number they agreed to take.</summary>
public sealed record LoadRow(Guid MentorId, string Mentor, string Programme, int Mentees, int Capacity)
{
    public bool Over => Mentees > Capacity;
}

/// <summary>A programme's mentees and their schools in each group of schools (poverty quartile or support tier).</summary>
public sealed record ReachRow(string Programme, IReadOnlyList<ReachCell> Cells);

public sealed record ReachCell(string Group, int Schools, int Mentees);

/// <summary>
/// The mentoring report's sums, as plain functions of the pairings: contact hours by programme and by school,
/// mentor load, and reach by groups of schools. The page loads the facts; nothing here reads the database.
/// </summary>
public static class MentoringReport
{
    public static IReadOnlyList<HoursRow> HoursByProgramme(IReadOnlyList<ProgrammeFacts> programmes, IReadOnlyList<PairingFacts> pairings) =>
        [.. programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id)
            .Select(p => Hours(p.Name, p, pairings.Where(x => x.ProgrammeId == p.Id).ToList()))
            .Where(r => r.Pairings > 0)];

    public static IReadOnlyList<HoursRow> HoursBySchool(
        IReadOnlyList<ProgrammeFacts> programmes, IReadOnlyList<PairingFacts> pairings, IReadOnlyDictionary<Guid, string> schoolNames)
    {
        var byId = programmes.ToDictionary(p => p.Id);
        return [.. pairings.Where(p => byId.ContainsKey(p.ProgrammeId))
            .GroupBy(p => (p.SchoolId, p.ProgrammeId))
            .Select(g => Hours(schoolNames.GetValueOrDefault(g.Key.SchoolId, "Unknown school"), byId[g.Key.ProgrammeId], g.ToList()))
            .OrderBy(r => r.Group, StringComparer.CurrentCulture).ThenBy(r => r.Programme, StringComparer.CurrentCulture)];
    }

    /// <summary>Each mentor's mentees per programme; capacity is the pool's, or the programme's default for a mentor not in the pool.</summary>
    public static IReadOnlyList<LoadRow> MentorLoad(
        IReadOnlyList<ProgrammeFacts> programmes,
        IReadOnlyList<PairingFacts> pairings,
        IReadOnlyDictionary<(Guid ProgrammeId, Guid MentorId), int> poolCapacity,
        IReadOnlyDictionary<Guid, string> names)
    {
        var byId = programmes.ToDictionary(p => p.Id);
        return [.. pairings.Where(p => byId.ContainsKey(p.ProgrammeId))
            .GroupBy(p => (p.ProgrammeId, p.MentorId))
            .Select(g => new LoadRow(g.Key.MentorId, names.GetValueOrDefault(g.Key.MentorId, "Unknown"), byId[g.Key.ProgrammeId].Name,
                g.Select(p => p.MenteeId).Distinct().Count(),
                poolCapacity.TryGetValue(g.Key, out var capacity) ? capacity : byId[g.Key.ProgrammeId].DefaultCapacity))
            .OrderByDescending(r => r.Over).ThenBy(r => r.Mentor, StringComparer.CurrentCulture).ThenBy(r => r.Programme, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// For each programme, the schools reached and mentees paired in each group of <paramref name="groups"/>
    /// (in that order); <paramref name="groupOf"/> names a school's group, and a school it cannot place goes under
    /// <paramref name="otherGroup"/>, shown only when some pairing falls there.
    /// </summary>
    public static IReadOnlyList<ReachRow> Reach(
        IReadOnlyList<ProgrammeFacts> programmes, IReadOnlyList<PairingFacts> pairings,
        IReadOnlyList<string> groups, Func<Guid, string?> groupOf, string otherGroup)
    {
        var columns = pairings.Any(p => groupOf(p.SchoolId) is null) ? [.. groups, otherGroup] : groups;
        return [.. programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id)
            .Select(p =>
            {
                var mine = pairings.Where(x => x.ProgrammeId == p.Id).ToLookup(x => groupOf(x.SchoolId) ?? otherGroup);
                return new ReachRow(p.Name, [.. columns.Select(g => new ReachCell(g,
                    mine[g].Select(x => x.SchoolId).Distinct().Count(), mine[g].Select(x => x.MenteeId).Distinct().Count()))]);
            })
            .Where(r => r.Cells.Any(c => c.Mentees > 0))];
    }

    private static HoursRow Hours(string group, ProgrammeFacts programme, IReadOnlyList<PairingFacts> pairings) =>
        new(group, programme.Name, pairings.Count, pairings.Sum(p => p.Minutes), programme.RequiredHours,
            pairings.Count(p => p.Minutes >= programme.RequiredHours * 60));
}
