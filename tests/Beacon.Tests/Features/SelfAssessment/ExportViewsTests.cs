using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.SelfAssessment.CycleScenario;

namespace Beacon.Tests.Features.SelfAssessment;

[Trait("Category", "Database")]
public class ExportViewsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Export_EveryView_CsvAndXlsxWithTheViewsData()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        using var member = await s.SignInAsync(s.Team[0]);
        await RateAsync(member, cycleId, indicators, _ => 2);
        var ch1 = indicators.Single(i => i.Code == "CH.1").Id;
        await PostIndicatorAsync(member, cycleId, ch1, "Consensus", new() { ["ConsensusLevel"] = "3", ["ConsensusNotes"] = "=1+1 looked right" });
        await PostIndicatorAsync(member, cycleId, ch1, "Priority", new() { ["mark"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"/SelfAssessment/Close/{cycleId}", new Dictionary<string, string>())).StatusCode);

        var results = await CsvAsync(leader, $"/SelfAssessment/Cycle/{cycleId}?handler=Export&format=csv");
        Assert.StartsWith("Domain,Code,Indicator,Ratings,Rated 1 (Not yet evident),Rated 2 (Emerging)", results[0], StringComparison.Ordinal);
        Assert.Contains(results, line => line.Contains(",CH.1,", StringComparison.Ordinal) && line.Contains(",1,0,1,0,0,3,Developing,'=1+1 looked right,0,Yes", StringComparison.Ordinal));
        var change = await CsvAsync(leader, $"/SelfAssessment/Change/{cycleId}?handler=Export&format=csv");
        Assert.Contains(change, line => line.StartsWith("CH.1,", StringComparison.Ordinal) && line.EndsWith(",3,Developing,", StringComparison.Ordinal));
        var heat = await CsvAsync(leader, $"/SelfAssessment/HeatMap?handler=Export&framework={s.FrameworkId}&format=csv");
        Assert.StartsWith("School,Cycle,CH.1,", heat[0], StringComparison.Ordinal);
        Assert.Contains(heat, line => line.StartsWith("Alder Elementary,Self-assessment 2026,3,", StringComparison.Ordinal));
        var priorities = await CsvAsync(leader, "/SelfAssessment/Priorities?handler=Export&format=csv");
        Assert.Equal(2, priorities.Length);
        Assert.StartsWith("Principles of teacher learning communities,CH.1,", priorities[1], StringComparison.Ordinal);

        var xlsx = await leader.Http.GetAsync($"/SelfAssessment/Cycle/{cycleId}?handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(indicators.Count, rows.Count);
    }

    [Fact]
    public async Task Export_UnknownFormat_BadRequest()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/SelfAssessment/Priorities?handler=Export&format=pdf")).StatusCode);
    }

    private static async Task<string[]> CsvAsync(BrowserlessClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
