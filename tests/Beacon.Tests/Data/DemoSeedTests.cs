using Beacon.Tests.Infrastructure;
using Beacon.Web.Data.Seeding;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Data;

public class DemoDataTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameDistrict()
    {
        var first = DemoDistrictData.Generate(seed: 2026);
        var second = DemoDistrictData.Generate(seed: 2026);

        Assert.Equal(first.Schools.Select(s => (s.Name, s.PovertyPercent)), second.Schools.Select(s => (s.Name, s.PovertyPercent)));
        Assert.Equal(first.Staff.Select(s => (s.SourceId, s.YearsOfExperience, s.Effectiveness)), second.Staff.Select(s => (s.SourceId, s.YearsOfExperience, s.Effectiveness)));
    }

    [Fact]
    public void Generate_DemoSize_HasRealisticSpreads()
    {
        var data = DemoDistrictData.Generate(seed: 2026);

        Assert.Equal(40, data.Schools.Count);
        Assert.InRange(data.Staff.Count, 1400, 1600);
        Assert.True(data.Schools.Min(s => s.PovertyPercent) < 25 && data.Schools.Max(s => s.PovertyPercent) > 70, "poverty should spread from low to high");
        double NoviceShare(IEnumerable<Beacon.Web.Features.Staff.StaffMember> staff) => staff.Average(s => s.YearsOfExperience < 3 ? 1.0 : 0.0);
        var byPoverty = data.Schools.OrderBy(s => s.PovertyPercent).ToList();
        var lowIds = byPoverty.Take(10).Select(s => s.Id).ToHashSet();
        var highIds = byPoverty.TakeLast(10).Select(s => s.Id).ToHashSet();
        Assert.True(
            NoviceShare(data.Staff.Where(s => highIds.Contains(s.Assignments[0].SchoolId))) >
            NoviceShare(data.Staff.Where(s => lowIds.Contains(s.Assignments[0].SchoolId))),
            "high-poverty schools should have more novice staff, as real districts do");
    }
}

[Trait("Category", "Database")]
public class DemoSeedTests(DemoSeedTests.SeededFactory factory) : IClassFixture<DemoSeedTests.SeededFactory>
{
    public sealed class SeededFactory : BeaconFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:SeedDemo"] = "true" };
    }

    [Fact]
    public async Task FirstStart_EmptyDatabase_SeedsDemoDistrictWithAnAccountPerRole()
    {
        var (districtId, schools, staff, years, accounts) = await factory.InScopeAsync(null, async (sp, db) =>
        {
            var district = await db.Districts.IgnoreQueryFilters().SingleAsync(d => d.Slug == "riverside");
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            var roles = new List<string>();
            foreach (var (email, _, _) in DemoSeeder.DemoAccounts)
            {
                var user = await users.FindByEmailAsync(email);
                roles.AddRange(await users.GetRolesAsync(user!));
            }
            return (district.Id,
                await db.Schools.IgnoreQueryFilters().CountAsync(s => s.DistrictId == district.Id),
                await db.StaffMembers.IgnoreQueryFilters().CountAsync(s => s.DistrictId == district.Id),
                await db.SchoolYears.IgnoreQueryFilters().CountAsync(s => s.DistrictId == district.Id),
                roles);
        });

        Assert.NotEqual(Guid.Empty, districtId);
        Assert.Equal(40, schools);
        Assert.InRange(staff, 1400, 1600);
        Assert.Equal(3, years);
        Assert.Equal(Roles.DistrictRoles.Order(), accounts.Order());
    }

    [Fact]
    public async Task DemoLeader_OpensEquityReport_SeesThreeYearTrendAndRetention()
    {
        using var client = BrowserlessClient.For(factory);
        await client.SignInAsync("leader@riverside.example", DemoSeeder.DemoPassword);

        var page = await client.GetPageAsync("/Staffing/Equity");
        var firstYear = await client.GetPageAsync("/Staffing/Equity?year=" + await factory.InScopeAsync(null, (_, db) =>
            db.SchoolYears.IgnoreQueryFilters().Where(y => y.Name == "2023-24").Select(y => y.Id).SingleAsync()));

        Assert.Contains("data-trend-year=\"2023-24\"", page);
        Assert.Contains("data-trend-year=\"2025-26\"", page);
        Assert.Contains("data-retention=\"Q4\"", firstYear);
    }

    [Fact]
    public async Task DemoAccount_SignsIn_SeesDemoDistrict()
    {
        using var client = BrowserlessClient.For(factory);
        await client.SignInAsync("principal@riverside.example", DemoSeeder.DemoPassword);

        var home = await client.GetPageAsync("/");

        Assert.Contains("Riverside Unified School District", home);
    }
}
