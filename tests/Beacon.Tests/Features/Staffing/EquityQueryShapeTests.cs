using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// The equity report sums every school's staffing in one grouped statement. A sum per school in a
/// correlated subquery gave the same figures but grew with schools × staff: the load benchmark
/// found it taking seconds at 200 schools and never finishing under load at 1,800.
/// </summary>
[Trait("Category", "Database")]
public partial class EquityQueryShapeTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Fact]
    public async Task Equity_CurrentStaff_SumsEverySchoolInOneGroupedStatement()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Staffing/Equity?year={year}";

        var page = System.Net.WebUtility.HtmlDecode(await leader.GetPageAsync(url));

        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", page);
        var sums = factory.Counter.For(url).Where(sql => sql.Contains("SUM(", StringComparison.OrdinalIgnoreCase)).ToList();
        var all = string.Join("\n---\n", sums);
        Assert.True(sums.Count == 1, $"{sums.Count} summing statements:\n{all}");
        Assert.Contains("GROUP BY", sums[0], StringComparison.OrdinalIgnoreCase);
        Assert.False(SubquerySum().IsMatch(sums[0]), $"a sum in a subquery:\n{all}");
    }

    [GeneratedRegex(@"\(\s*SELECT\s+COALESCE\(SUM", RegexOptions.IgnoreCase)]
    private static partial Regex SubquerySum();
}
