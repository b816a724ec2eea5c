using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// The equity report issues the same statements in a district of 4 schools as in one of 44 with
/// three times the staff, on the first request and on the next; the next reads the figures kept under
/// the district's staffing version, so it costs a few primary-key reads whatever the district's size.
/// </summary>
[Trait("Category", "Database")]
public class EquityQueryCountTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Fact]
    public async Task Equity_SmallAndLargerDistrict_IssuesTheSameNumberOfStatements()
    {
        var (smallFirst, smallNext) = await CountAsync(extraSchools: 0);
        var (largerFirst, largerNext) = await CountAsync(extraSchools: 40);

        Assert.True(smallFirst.Count == largerFirst.Count, $"first request: {smallFirst.Count} statements with 4 schools, {largerFirst.Count} with 44:\n{string.Join("\n---\n", largerFirst)}");
        Assert.True(smallNext.Count == largerNext.Count, $"next request: {smallNext.Count} with 4 schools, {largerNext.Count} with 44:\n{string.Join("\n---\n", largerNext)}");
        Assert.True(largerNext.Count <= 4, $"the next request reads more than the years, the setting and the version:\n{string.Join("\n---\n", largerNext)}");
        Assert.DoesNotContain(largerNext, sql => sql.Contains("SUM(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Equity_StaffChangedAfterReport_ShowsNewFigures()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Staffing/Equity?year={year}";
        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", System.Net.WebUtility.HtmlDecode(await leader.GetPageAsync(url)));

        // Q4's two ineffective teachers are rated effective: the gap in ineffective teachers closes.
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            foreach (var member in db.StaffMembers.Where(s => s.FamilyName == "Q4 High Poverty" && s.Effectiveness == EffectivenessRating.Ineffective))
            {
                member.Effectiveness = EffectivenessRating.Effective;
            }
            await db.SaveChangesAsync();
        });

        Assert.Contains("data-testid=\"gap-ineffective\">0.0<", System.Net.WebUtility.HtmlDecode(await leader.GetPageAsync(url)));
    }

    private async Task<(List<string> First, List<string> Next)> CountAsync(int extraSchools)
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            for (var i = 0; i < extraSchools; i++)
            {
                var school = new School { SourceId = $"extra-{i}", Name = $"Extra {i:D2}", PovertyPercent = i * 2, Enrollment = 300 };
                db.Schools.Add(school);
                for (var j = 0; j < 3; j++)
                {
                    var member = new StaffMember { SourceId = $"extra-{i}-{j}", GivenName = "Extra", FamilyName = school.Name, Role = StaffRole.Teacher, YearsOfExperience = j * 4 };
                    member.Assignments.Add(new StaffAssignment { School = school, Fte = 1 });
                    db.StaffMembers.Add(member);
                }
            }
            await db.SaveChangesAsync();
        });
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Staffing/Equity?year={year}";
        var first = await RequestAsync(leader, url);
        var next = await RequestAsync(leader, url);
        return (first, next);
    }

    private async Task<List<string>> RequestAsync(BrowserlessClient client, string url)
    {
        var before = factory.Counter.For(url).Count;
        Assert.Contains("data-testid=\"gap-ineffective\"", await client.GetPageAsync(url));
        return factory.Counter.For(url).Skip(before).ToList();
    }
}
