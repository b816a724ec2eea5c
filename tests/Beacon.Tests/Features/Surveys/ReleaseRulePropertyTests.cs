using Beacon.Web.Features.Surveys.Privacy;
using CsCheck;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Random sequences of people answering and results being released: from every figure of every
/// release put together (so differences of consecutive releases included), no union of fewer than
/// the minimum people can be worked out. People are the units here, not cells, because releases
/// split a cell's people into those counted before and after.
/// </summary>
public class ReleaseRulePropertyTests
{
    private static readonly string[] RoleNames = ["Teachers", "Leaders", "Specialists"];

    /// <summary>A step is a person answering in a cell (0..cells−1), or a release (−1).</summary>
    private static readonly Gen<(int Schools, int Roles, int Minimum, int[] Steps)> Sequences =
        from schools in Gen.Int[1, 3]
        from roles in Gen.Int[1, 3]
        from minimum in Gen.Int[3, 5]
        from steps in Gen.Int[-1, (schools * roles) - 1].Array[4, 22]
        select (schools, roles, minimum, steps);

    [Fact]
    public void Releases_AnySequence_NoSmallGroupDerivableAcrossReleases() =>
        Sequences.Sample(s =>
        {
            var leaks = Play(s.Schools, s.Roles, s.Minimum, s.Steps, Releases);
            Assert.True(leaks.Count == 0, $"derivable: {string.Join("; ", leaks)}");
        }, iter: 1500);

    [Fact]
    public void Releases_AnySequence_EachGroupMovesByAtLeastTheMinimumOrNotAtAll() =>
        Sequences.Sample(s =>
        {
            var cells = CellsOf(s.Schools, s.Roles);
            var live = new int[cells.Count];
            IReadOnlyList<CellCount> previous = [];
            foreach (var step in s.Steps)
            {
                if (step >= 0)
                {
                    live[step]++;
                    continue;
                }
                var plan = ReleaseRule.Next(previous, cells.Select((c, i) => c with { Respondents = live[i] }).ToList(), s.Minimum);
                foreach (var cell in plan.Cells)
                {
                    var before = previous.FirstOrDefault(p => (p.SchoolId, p.RoleGroup) == (cell.SchoolId, cell.RoleGroup))?.Respondents ?? 0;
                    Assert.True(cell.Respondents == before || cell.Respondents - before >= s.Minimum);
                }
                previous = plan.Cells;
            }
        });

    /// <summary>The control: results computed live at every view are differenced by the same audit, so the audit can fail.</summary>
    [Fact]
    public void LiveResults_OneMoreAnswerBetweenViews_AuditFindsTheNewcomer()
    {
        // Five teachers answer, results are read, a sixth answers, results are read again.
        int[] steps = [0, 0, 0, 0, 0, -1, 0, -1];
        var leaks = Play(1, 1, 5, steps, Live);
        Assert.NotEmpty(leaks);
        Assert.Empty(Play(1, 1, 5, steps, Releases));
    }

    private static IReadOnlyList<CellCount> Releases(IReadOnlyList<CellCount> previous, IReadOnlyList<CellCount> live, int minimum, out IReadOnlyList<CellCount> refreshed)
    {
        var plan = ReleaseRule.Next(previous, live, minimum);
        refreshed = plan.Refreshed;
        return plan.Cells;
    }

    private static IReadOnlyList<CellCount> Live(IReadOnlyList<CellCount> previous, IReadOnlyList<CellCount> live, int minimum, out IReadOnlyList<CellCount> refreshed)
    {
        refreshed = live.Where(c => c.Respondents > 0).ToList();
        return refreshed;
    }

    private delegate IReadOnlyList<CellCount> Releaser(IReadOnlyList<CellCount> previous, IReadOnlyList<CellCount> live, int minimum, out IReadOnlyList<CellCount> refreshed);

    /// <summary>Plays the steps; returns the small unions of people the released figures expose.</summary>
    private static IReadOnlyList<string> Play(int schools, int roles, int minimum, int[] steps, Releaser release)
    {
        var cells = CellsOf(schools, roles);
        var people = new List<int>(); // person → cell
        var snapshot = new HashSet<int>[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            snapshot[i] = [];
        }
        IReadOnlyList<CellCount> previous = [];
        var rows = new List<HashSet<int>>();
        foreach (var step in steps)
        {
            if (step >= 0)
            {
                people.Add(step);
                continue;
            }
            var live = cells.Select((c, i) => c with { Respondents = people.Count(p => p == i) }).ToList();
            var released = release(previous, live, minimum, out var refreshed);
            for (var i = 0; i < cells.Count; i++)
            {
                if (refreshed.Any(r => (r.SchoolId, r.RoleGroup) == (cells[i].SchoolId, cells[i].RoleGroup)))
                {
                    snapshot[i] = Enumerable.Range(0, people.Count).Where(p => people[p] == i).ToHashSet();
                }
            }
            Assert.All(released, c => Assert.Equal(c.Respondents, snapshot[cells.FindIndex(x => (x.SchoolId, x.RoleGroup) == (c.SchoolId, c.RoleGroup))].Count));
            var shown = SmallGroupSuppression.Decide(released.Select(c => new GroupCount(c.SchoolId, c.RoleGroup, c.Respondents)).ToList(), minimum);
            HashSet<int> Members(Func<CellCount, bool> inGroup) =>
                cells.Select((c, i) => (c, i)).Where(x => inGroup(x.c)).SelectMany(x => snapshot[x.i]).ToHashSet();
            if (shown.ShowsDistrict)
            {
                rows.Add(Members(_ => true));
            }
            rows.AddRange(shown.Schools.Select(id => Members(c => c.SchoolId == id)));
            rows.AddRange(shown.Roles.Select(r => Members(c => c.RoleGroup == r)));
            rows.AddRange(shown.Cells.Select(k => Members(c => (c.SchoolId, c.RoleGroup) == k)));
            previous = released;
        }
        // People who sit in exactly the same figures cannot be told apart: each such class is one unit.
        var classes = Enumerable.Range(0, people.Count)
            .GroupBy(p => string.Join(",", rows.Select(r => r.Contains(p) ? 1 : 0)))
            .Where(g => g.Key.Contains('1'))
            .Select(g => g.ToList())
            .ToList();
        var matrix = rows.Select(r => classes.Select(c => r.Contains(c[0]) ? 1.0 : 0).ToArray()).ToList();
        return DisclosureAudit.DerivableSmallUnions(classes.Select(c => c.Count).ToList(), matrix, minimum)
            .Select(u => string.Join(" + ", u.Select(i => $"[{string.Join(",", classes[i])}]")))
            .ToList();
    }

    private static List<CellCount> CellsOf(int schools, int roles) =>
        Enumerable.Range(0, schools * roles)
            .Select(i => new CellCount(new Guid(i / roles + 1, 0, 0, new byte[8]), RoleNames[i % roles], 0))
            .ToList();
}

/// <summary>Response-rate bands: a change of what is shown always has at least the minimum people it could be down to.</summary>
public class RateBandPropertyTests
{
    [Fact]
    public void For_OneMoreAnswer_ShownBandChangesOnlyWithAtLeastTheMinimumCandidates() =>
        Gen.Select(Gen.Int[1, 60], Gen.Int[0, 60], Gen.Int[3, 8]).Where(t => t.Item2 < t.Item1).Sample((invited, answered, minimum) =>
        {
            var before = RateBand.For(invited, answered, minimum);
            var after = RateBand.For(invited, answered + 1, minimum);
            Assert.True(before == after || invited - answered >= minimum, $"{answered}→{answered + 1} of {invited}: {before} → {after}");
        });

    [Fact]
    public void For_SmallSchoolNearlyDone_ShowsNothing()
    {
        Assert.Equal(RateBand.Hidden(5), RateBand.For(7, 5, 5));
        Assert.Equal(RateBand.Hidden(5), RateBand.For(7, 6, 5));
        Assert.Equal("50–74%", RateBand.For(40, 25, 5));
    }
}
