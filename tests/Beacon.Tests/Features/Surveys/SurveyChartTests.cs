using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Surveys;

/// <summary>The results page's agreement bars draw exactly the figures of the table behind them, and nothing of a group not shown.</summary>
[Trait("Category", "Database")]
public class SurveyChartTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Results_FiveTeachersAgreeOrStronglyAgree_BarsEqualTheTablesFigures()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var (email, value) in s.AlderTeachers.Take(5).Zip(new[] { 4, 4, 4, 5, 5 }))
        {
            await s.AnswerByLinkAsync(email, value);
        }
        await SurveyScenario.ReleaseAsync(leader, id);

        var page = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}");

        var groups = ChartReader.Bars(page, "Agreement by group, Alder Elementary");
        var groupRows = ChartReader.TableRows(page, "Agreement by group, Alder Elementary");
        var items = ChartReader.Bars(page, "Agreement by item, Alder Elementary");
        var itemRows = ChartReader.TableRows(page, "Agreement by item, Alder Elementary");
        Assert.Equal(["Alder Elementary", "Teachers"], groups.Select(g => g.Label));
        Assert.Equal(groupRows.Select(r => r.Header), groups.Select(g => g.Label));
        Assert.Equal(itemRows.Select(r => r.Header), items.Select(i => i.Label));
        Assert.NotEmpty(items);
        foreach (var (bar, row) in groups.Concat(items).Zip(groupRows.Concat(itemRows)))
        {
            Assert.True(bar.Shown);
            Assert.Equal(ChartReader.LeadingNumbers(row.Cells.Take(5)), bar.Counts);
            Assert.Equal(row.Cells[5], bar.Counts!.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("100% agree", row.Cells[6]);
            Assert.Contains("100% agree", bar.Text);
        }
        // Three of five agree and two strongly agree, on every item.
        Assert.All(items, i => Assert.Equal([0, 0, 0, 3, 2], i.Counts));
        Assert.All(items, i => Assert.Equal(2, i.Segments));
        Assert.Equal([0, 0, 0, 3 * items.Count, 2 * items.Count], groups[0].Counts);
        Assert.Contains("60%", items[0].Text);
        Assert.Contains("40%", items[0].Text);
    }

    [Fact]
    public async Task Results_SchoolBelowTheMinimum_NoChartDrawsIt()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Take(5))
        {
            await s.AnswerByLinkAsync(email, 4);
        }
        foreach (var email in s.BirchTeachers)
        {
            await s.AnswerByLinkAsync(email, 1);
        }
        await SurveyScenario.ReleaseAsync(leader, id);

        var birch = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Birch}");
        var district = await leader.GetPageAsync($"/Surveys/Results/{id}");

        Assert.Contains("Not enough responses yet", birch);
        Assert.False(ChartReader.HasChart(birch, "Agreement by"));
        // Birch's three count nowhere: the district's bars hold Alder's five answering "Agree" only.
        var total = ChartReader.Bars(district, "Agreement by group, whole district")[0];
        Assert.Equal(0, total.Counts![0]);
        Assert.Equal(total.Counts.Sum(), total.Counts[3]);
        Assert.All(ChartReader.Bars(district, "Agreement by item, whole district"), i => Assert.Equal([0, 0, 0, 5, 0], i.Counts));
    }
}
