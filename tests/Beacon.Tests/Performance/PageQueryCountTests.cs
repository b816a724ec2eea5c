using Beacon.Tests.Features.Home;
using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Performance;

/// <summary>
/// The pages the metro benchmark loads beside the homes (the schools list, the staff list and the survey answer page)
/// issue the same number of statements in a district of 2 schools as in one of 42, each school with its staff,
/// plans, flags and communities: no statement per school or per person. The benchmark measures their time; this is
/// the shape that keeps the time from growing with the district.
/// </summary>
[Trait("Category", "Database")]
public class PageQueryCountTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    public static TheoryData<string> Pages => ["schools", "staff", "answer"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_SmallAndLargerDistrict_IssuesTheSameNumberOfStatements(string page)
    {
        var small = await CountAsync(await HomeScenario.CreateAsync(factory), page);
        var larger = await CountAsync(await HomeScenario.CreateAsync(factory, extraSchools: 40), page);

        Assert.True(small.Count == larger.Count,
            $"{page}: {small.Count} statements with 2 schools, {larger.Count} with 42:\n{string.Join("\n---\n", larger)}");
        Assert.InRange(small.Count, 1, 15);
    }

    private async Task<IReadOnlyList<string>> CountAsync(HomeScenario s, string page)
    {
        var (account, path, shows) = page switch
        {
            "schools" => (s.Admin, "/Schools", "Alder Elementary"),
            "staff" => (s.Admin, "/Staff", "Staff, c1</a>"),
            _ => (s.Teacher, $"/Surveys/Answer/{s.SurveyId}", "Staff survey 2026"),
        };
        using var client = await s.SignInAsync(account);
        var before = factory.Counter.For(path).Count;
        var html = await client.GetPageAsync(path);
        Assert.Contains(shows, html, StringComparison.Ordinal);
        return factory.Counter.For(path).Skip(before).ToList();
    }
}
