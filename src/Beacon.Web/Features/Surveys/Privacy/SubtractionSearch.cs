namespace Beacon.Web.Features.Surveys.Privacy;

/// <summary>
/// Finds a union of hidden cells, of 1 to minimum − 1 people, whose size follows from the shown
/// groups by adding and subtracting, or proves there is none. Any such sum of shown groups, seen
/// on the hidden cells alone, gives cell (s, r) the weight q(s) − q(r), where q(s) is the weight
/// of school s (plus the district's) and q(r) minus the weight of role r; hidden schools share
/// one node (the district's weight), hidden roles one node pinned at zero. A 0/1 union is thus
/// a set X of nodes with no cell from a school outside X to a role inside X, and the union is
/// the cells from schools in X to roles outside X. Role groups are few, so every X ∩ roles is
/// tried; schools then follow: those with a cell into X must be in X, the rest may be.
/// </summary>
internal static class SubtractionSearch
{
    /// <summary>The schools (real ids; hidden schools stand for themselves) and roles on the X side of a found small union.</summary>
    public sealed record Breach(IReadOnlySet<Guid> Schools, IReadOnlySet<string> Roles);

    private const string HiddenRoles = "\u0000hidden";

    public static Breach? Find(SmallGroupSuppression.Table table, int minimum)
    {
        if (table.District.Hidden)
        {
            return null;
        }
        var edges = table.Cells
            .Where(c => c.Value.Hidden && c.Value.Count > 0)
            .Select(c => (
                School: table.Schools[c.Key.School].Hidden ? Guid.Empty : c.Key.School,
                RealSchool: c.Key.School,
                Role: table.Roles[c.Key.Role].Hidden ? HiddenRoles : c.Key.Role,
                c.Value.Count))
            .ToList();
        var roles = edges.Select(e => e.Role).Distinct().ToList();
        if (roles.Count > 16)
        {
            throw new InvalidOperationException("The exact search is meant for a handful of role groups.");
        }
        var bySchool = edges.GroupBy(e => e.School).ToList();
        for (var mask = 0; mask < 1 << roles.Count; mask++)
        {
            var inX = roles.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet(StringComparer.Ordinal);
            var forced = 0;
            var forcedSchools = new List<IGrouping<Guid, (Guid School, Guid RealSchool, string Role, int Count)>>();
            IGrouping<Guid, (Guid School, Guid RealSchool, string Role, int Count)>? smallestOptional = null;
            var smallestCost = int.MaxValue;
            foreach (var school in bySchool)
            {
                var cost = school.Where(e => !inX.Contains(e.Role)).Sum(e => e.Count);
                if (school.Any(e => inX.Contains(e.Role)))
                {
                    forced += cost;
                    forcedSchools.Add(school);
                }
                else if (cost > 0 && cost < smallestCost)
                {
                    smallestCost = cost;
                    smallestOptional = school;
                }
            }
            if (forced > 0 && forced < minimum)
            {
                return new Breach(forcedSchools.SelectMany(s => s.Select(e => e.RealSchool)).ToHashSet(), inX);
            }
            if (forced == 0 && smallestOptional is not null && smallestCost < minimum)
            {
                return new Breach(smallestOptional.Select(e => e.RealSchool).ToHashSet(), inX);
            }
        }
        return null;
    }
}
