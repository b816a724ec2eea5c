using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

[Trait("Category", "Database")]
public class StaffingRecordsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task TwoRecordedYears_SomeTeachersLeft_EquityShowsTrendAndRetention()
    {
        var district = await factory.CreateDistrictAsync();
        var firstYear = await EquityFixture.CreateAsync(factory, district);
        var nextYear = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var year = new SchoolYear { Name = "2026-27", StartsOn = new(2026, 8, 1), EndsOn = new(2027, 6, 30) };
            db.SchoolYears.Add(year);
            await db.SaveChangesAsync();
            return year.Id;
        });
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var recorded = await leader.PostFormAsync("/Staffing/Records", new Dictionary<string, string> { ["Year"] = firstYear.ToString() });
        // Over the summer, Q4's highly effective teacher and its novice ineffective teacher leave.
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var leaving = await db.StaffMembers
                .Where(s => s.FamilyName == "Q4 High Poverty" && s.Role == StaffRole.Teacher
                            && (s.Effectiveness == EffectivenessRating.HighlyEffective || s.YearsOfExperience == 0))
                .ToListAsync();
            Assert.Equal(2, leaving.Count);
            db.StaffMembers.RemoveRange(leaving);
            await db.SaveChangesAsync();
        });
        await leader.PostFormAsync("/Staffing/Records", new Dictionary<string, string> { ["Year"] = nextYear.ToString() });

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={firstYear}"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("data-trend-year=\"2025-26\"", page);
        Assert.Contains("data-trend-year=\"2026-27\"", page);
        var q4 = Row(page, "data-retention=\"Q4\"");
        Assert.Contains("0% of 1", q4);
        Assert.Contains("50% of 2", q4);
        Assert.Contains("100% of 2", Row(page, "data-retention=\"Q1\""));
    }

    [Fact]
    public async Task Record_YearAlreadyRecordedWithoutConfirming_AsksToConfirmAndKeepsTheRecords()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        await leader.PostFormAsync("/Staffing/Records", new Dictionary<string, string> { ["Year"] = year.ToString() });
        var before = await factory.InScopeAsync(district.Id, (_, db) => db.StaffYearRecords.CountAsync());

        var again = await leader.PostFormAsync("/Staffing/Records", new Dictionary<string, string> { ["Year"] = year.ToString() });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Tick the box to replace it", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(12, before);
        Assert.Equal(before, await factory.InScopeAsync(district.Id, (_, db) => db.StaffYearRecords.CountAsync()));
    }

    private static string Row(string page, string marker)
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {marker}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
