namespace Beacon.Web.Features.Surveys.Privacy;

/// <summary>How many people answered in one school and one role group: a cell of the results table.</summary>
public sealed record GroupCount(Guid SchoolId, string RoleGroup, int Respondents);

/// <summary>The minimum respondents a shown group needs: the district's setting, never below <see cref="Floor"/>.</summary>
public static class MinimumRespondents
{
    public const int Default = 5;
    public const int Floor = 3;
    public const int Highest = 50;

    public static int Effective(int setting) => Math.Max(Floor, setting);
}

/// <summary>
/// Decides which groups of a survey's results may be shown. The groups form a table: the district,
/// each school, each role group across the district, and each role group within a school; every
/// total is the sum of its parts. A group is hidden when fewer than the minimum answered in it
/// (primary suppression), and more groups are hidden until no hidden group can be recovered by
/// subtracting shown groups from a shown total (complementary suppression): in every total that
/// is shown, the hidden parts are either none, or at least two whose people add up to the minimum.
/// A total whose parts are all shown would be their sum, so it keeps one part hidden. Groups where
/// nobody answered are known to be empty; they count neither as shown nor as hiding anyone.
/// The rule is checked against an exhaustive search of what shown groups reveal in
/// SmallGroupSuppressionPropertyTests.
/// </summary>
public static class SmallGroupSuppression
{
    public static Disclosure Decide(IReadOnlyList<GroupCount> cells, int minimum)
    {
        minimum = MinimumRespondents.Effective(minimum);
        var table = new Table(cells.Where(c => c.Respondents > 0).ToList());
        foreach (var group in table.Groups.Where(g => g.Count < minimum))
        {
            group.Hidden = true;
        }
        if (table.District.Hidden)
        {
            // Nothing at all may be shown when the whole district is too small.
            table.Groups.ForEach(g => g.Hidden = true);
        }
        bool changed;
        do
        {
            changed = false;
            foreach (var (total, parts) in table.Equations)
            {
                changed |= Protect(total, parts, minimum);
            }
            // The one-total-at-a-time pass above settles nearly everything quickly; what remains
            // (several totals combined) the exact search finds, and each find hides one more group.
            if (!changed && SubtractionSearch.Find(table, minimum) is { } breach)
            {
                changed = table.HideAgainst(breach);
            }
        }
        while (changed);
        return table.ToDisclosure(minimum);
    }

    /// <summary>
    /// Hides one more group under <paramref name="total"/> where what is hidden beneath it could be
    /// worked out; true when it did. A hidden part that is itself a total is looked into: its shown
    /// cells are known, so only its hidden cells stay unknown.
    /// </summary>
    private static bool Protect(Group total, IReadOnlyList<Group> parts, int minimum)
    {
        var unknown = parts.Where(p => p.Hidden).SelectMany(p => p.Cells.Count == 0 ? [p] : p.Cells.Where(c => c.Hidden)).ToList();
        var exposed = total.Hidden
            ? unknown.Count == 0
            : unknown.Count == 1 || (unknown.Count > 1 && unknown.Sum(p => p.Count) < minimum);
        if (!exposed)
        {
            return false;
        }
        var next = parts.Where(p => p.Hidden).SelectMany(p => p.Cells.Where(c => !c.Hidden))
            .Concat(parts.Where(p => !p.Hidden))
            .OrderBy(p => p.Count).FirstOrDefault();
        if (next is not null)
        {
            next.Hidden = true;
            return true;
        }
        if (!total.Hidden)
        {
            total.Hidden = true;
            return true;
        }
        return false;
    }

    internal sealed class Group(int count)
    {
        public int Count { get; } = count;

        /// <summary>The table cells a school or role total is made of; none for a cell.</summary>
        public List<Group> Cells { get; } = [];
        public bool Hidden { get; set; }
    }

    internal sealed class Table
    {
        private readonly Dictionary<Guid, Group> _schools;
        private readonly Dictionary<string, Group> _roles;
        private readonly Dictionary<(Guid, string), Group> _cells;

        public Table(IReadOnlyList<GroupCount> cells)
        {
            _cells = cells.GroupBy(c => (c.SchoolId, c.RoleGroup)).ToDictionary(g => g.Key, g => new Group(g.Sum(c => c.Respondents)));
            _schools = cells.GroupBy(c => c.SchoolId).ToDictionary(g => g.Key, g => new Group(g.Sum(c => c.Respondents)));
            _roles = cells.GroupBy(c => c.RoleGroup, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Group(g.Sum(c => c.Respondents)), StringComparer.Ordinal);
            foreach (var ((school, role), cell) in _cells)
            {
                _schools[school].Cells.Add(cell);
                _roles[role].Cells.Add(cell);
            }
            District = new Group(cells.Sum(c => c.Respondents));
            Groups = [District, .. _schools.Values, .. _roles.Values, .. _cells.Values];
            Equations =
            [
                (District, _schools.Values.ToList()),
                (District, _roles.Values.ToList()),
                .. _schools.Select(s => (s.Value, _cells.Where(c => c.Key.Item1 == s.Key).Select(c => c.Value).ToList())),
                .. _roles.Select(r => (r.Value, _cells.Where(c => c.Key.Item2 == r.Key).Select(c => c.Value).ToList())),
            ];
        }

        public Group District { get; }
        public IReadOnlyDictionary<Guid, Group> Schools => _schools;
        public IReadOnlyDictionary<string, Group> Roles => _roles;
        public IReadOnlyDictionary<(Guid School, string Role), Group> Cells => _cells;

        /// <summary>Hides one more group so that the found small union is no longer the difference of shown ones.</summary>
        public bool HideAgainst(SubtractionSearch.Breach breach)
        {
            var cell = _cells.Where(c => !c.Value.Hidden && breach.Schools.Contains(c.Key.Item1) && !breach.Roles.Contains(c.Key.Item2))
                .OrderBy(c => c.Value.Count).Select(c => c.Value).FirstOrDefault();
            var next = cell
                ?? _schools.Where(s => !s.Value.Hidden && breach.Schools.Contains(s.Key)).OrderBy(s => s.Value.Count).Select(s => s.Value).FirstOrDefault()
                ?? _roles.Where(r => !r.Value.Hidden).OrderBy(r => r.Value.Count).Select(r => r.Value).FirstOrDefault()
                ?? (District.Hidden ? null : District);
            if (next is null)
            {
                return false;
            }
            next.Hidden = true;
            return true;
        }
        public List<Group> Groups { get; }
        public List<(Group Total, List<Group> Parts)> Equations { get; }

        public Disclosure ToDisclosure(int minimum) => new(
            minimum,
            District.Count,
            !District.Hidden && District.Count > 0,
            _schools.Where(s => !s.Value.Hidden).Select(s => s.Key).ToHashSet(),
            _roles.Where(r => !r.Value.Hidden).Select(r => r.Key).ToHashSet(StringComparer.Ordinal),
            _cells.Where(c => !c.Value.Hidden).Select(c => c.Key).ToHashSet());
    }
}

/// <summary>Which groups of one survey's results may be shown; everything else reads "not enough responses".</summary>
public sealed record Disclosure(
    int Minimum,
    int Respondents,
    bool ShowsDistrict,
    IReadOnlySet<Guid> Schools,
    IReadOnlySet<string> Roles,
    IReadOnlySet<(Guid SchoolId, string RoleGroup)> Cells)
{
    public bool ShowsSchool(Guid schoolId) => Schools.Contains(schoolId);

    public bool ShowsRole(string roleGroup) => Roles.Contains(roleGroup);

    public bool ShowsCell(Guid schoolId, string roleGroup) => Cells.Contains((schoolId, roleGroup));
}
