using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Home;

/// <summary>
/// Each role's home issues the same number of statements in a district of 2 schools as in one of 42,
/// each school with plans, flags, tiers, staff, vacancies and communities: no statement per school or
/// per record. The metro benchmark's district is larger still; the shape is what keeps it fast.
/// </summary>
[Trait("Category", "Database")]
public class HomeQueryCountTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    public static TheoryData<string> Roles => ["teacher", "principal", "leader", "trustee", "hr", "admin"];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Home_SmallAndLargerDistrict_IssuesTheSameNumberOfStatements(string role)
    {
        var small = await CountAsync(await HomeScenario.CreateAsync(factory), role);
        var larger = await CountAsync(await HomeScenario.CreateAsync(factory, extraSchools: 40), role);

        Assert.True(small.Count == larger.Count,
            $"{role}: {small.Count} statements with 2 schools, {larger.Count} with 42:\n{string.Join("\n---\n", larger)}");
        Assert.InRange(small.Count, 1, 25);
    }

    private async Task<IReadOnlyList<string>> CountAsync(HomeScenario s, string role)
    {
        var account = role switch
        {
            "teacher" => s.Teacher,
            "principal" => s.Principal,
            "leader" => s.Leader,
            "trustee" => s.Trustee,
            "hr" => s.Hr,
            _ => s.Admin,
        };
        using var client = await s.SignInAsync(account);
        var before = factory.Counter.For("/").Count;
        var page = await client.GetPageAsync("/");
        Assert.NotEmpty(HomeScenario.Lines(page));
        return factory.Counter.For("/").Skip(before).ToList();
    }
}
