using Beacon.Web.Features.Surveys.Privacy;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// What a reader of the results can work out, found by brute force and independent of how
/// <see cref="SmallGroupSuppression"/> decides: every union of table cells whose size can be had
/// by adding and subtracting shown groups (its indicator lies in the span of the shown groups'
/// indicators), reported when it holds between one and minimum − 1 people. Cells where nobody
/// answered are known to be empty, so they drop out of every union.
/// </summary>
public static class DisclosureAudit
{
    public static IReadOnlyList<string> DerivableSmallGroups(IReadOnlyList<GroupCount> cells, Disclosure shown, int minimum)
    {
        var people = cells.Where(c => c.Respondents > 0).ToList();
        var rows = new List<double[]>();
        if (shown.ShowsDistrict)
        {
            rows.Add(people.Select(_ => 1.0).ToArray());
        }
        rows.AddRange(shown.Schools.Select(s => people.Select(c => c.SchoolId == s ? 1.0 : 0).ToArray()));
        rows.AddRange(shown.Roles.Select(r => people.Select(c => c.RoleGroup == r ? 1.0 : 0).ToArray()));
        rows.AddRange(shown.Cells.Select(k => people.Select(c => (c.SchoolId, c.RoleGroup) == k ? 1.0 : 0).ToArray()));
        return DerivableSmallUnions(people.Select(c => c.Respondents).ToList(), rows, minimum)
            .Select(union => string.Join(" + ", union.Select(i => $"{people[i].SchoolId.ToString()[..4]}/{people[i].RoleGroup}({people[i].Respondents})")))
            .ToList();
    }

    /// <summary>
    /// Every union of units (of the given sizes) holding 1 to minimum − 1 people whose indicator lies
    /// in the span of <paramref name="rows"/> (one 0/1 value per unit each), as lists of unit indexes.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> DerivableSmallUnions(IReadOnlyList<int> sizes, IReadOnlyList<double[]> rows, int minimum)
    {
        var n = sizes.Count;
        var rank = Rank([.. rows]);
        var found = new List<IReadOnlyList<int>>();
        for (var mask = 1; mask < 1 << n; mask++)
        {
            var size = 0;
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    size += sizes[i];
                }
            }
            if (size >= minimum)
            {
                continue;
            }
            var union = Enumerable.Range(0, n).Select(i => (mask & (1 << i)) != 0 ? 1.0 : 0).ToArray();
            if (Rank([.. rows, union]) == rank)
            {
                found.Add(Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToList());
            }
        }
        return found;
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var columns = m.Count == 0 ? 0 : m[0].Length;
        for (var col = 0; col < columns && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => Math.Abs(m[r][col]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][col]) > 1e-9)
                {
                    var factor = m[r][col] / m[rank][col];
                    for (var c = col; c < columns; c++)
                    {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
