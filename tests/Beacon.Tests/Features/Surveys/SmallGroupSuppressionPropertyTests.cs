using Beacon.Web.Features.Surveys.Privacy;
using CsCheck;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Random districts of a few schools and role groups, with random numbers of respondents: whatever
/// the suppression shows, no group smaller than the minimum can be worked out by adding and
/// subtracting the shown groups (district, schools, role groups, school × role), totals included.
/// </summary>
public class SmallGroupSuppressionPropertyTests
{
    private static readonly string[] RoleNames = ["Teachers", "Leaders", "Specialists", "Support staff"];

    private static readonly Gen<(List<GroupCount> Cells, int Minimum)> Districts =
        from schools in Gen.Int[1, 4]
        from roles in Gen.Int[1, 3]
        from counts in Gen.Int[0, 14].Array[schools * roles]
        from minimum in Gen.Int[3, 6]
        let ids = Enumerable.Range(0, schools).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToList()
        select (Enumerable.Range(0, schools * roles)
            .Select(i => new GroupCount(ids[i / roles], RoleNames[i % roles], counts[i])).ToList(), minimum);

    [Fact]
    public void Decide_AnyDistrict_NoSmallGroupDerivableFromShownCounts() =>
        Districts.Sample(d =>
        {
            var shown = SmallGroupSuppression.Decide(d.Cells, d.Minimum);
            var leaks = DisclosureAudit.DerivableSmallGroups(d.Cells, shown, d.Minimum);
            Assert.True(leaks.Count == 0, $"derivable: {string.Join("; ", leaks)}");
        }, iter: 2000);

    [Fact]
    public void Decide_AnyDistrict_EveryShownGroupHasAtLeastTheMinimum() =>
        Districts.Sample(d =>
        {
            var shown = SmallGroupSuppression.Decide(d.Cells, d.Minimum);
            Assert.All(shown.Schools, s => Assert.True(d.Cells.Where(c => c.SchoolId == s).Sum(c => c.Respondents) >= d.Minimum));
            Assert.All(shown.Roles, r => Assert.True(d.Cells.Where(c => c.RoleGroup == r).Sum(c => c.Respondents) >= d.Minimum));
            Assert.All(shown.Cells, k => Assert.True(d.Cells.Where(c => (c.SchoolId, c.RoleGroup) == k).Sum(c => c.Respondents) >= d.Minimum));
            Assert.True(!shown.ShowsDistrict || d.Cells.Sum(c => c.Respondents) >= d.Minimum);
        });
}
