using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// A survey repeated from an earlier one shows the change in favourability per group, standard and item, on the
/// bars and in the tables behind them alike, and none where either survey hides the figure.
/// </summary>
[Trait("Category", "Database")]
public class SurveyChangeTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Change = "Change in favourable since Staff survey 2025";

    [Fact]
    public async Task Results_RepeatedSurveyFromNeutralToAgree_BarsAndTableShowTheSameGain()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var before = await s.DesignAndPublishAsync(leader, "Staff survey 2025");
        foreach (var (email, value) in s.AlderTeachers.Take(5).Zip(new[] { 3, 3, 3, 4, 4 }))
        {
            await s.AnswerByLinkAsync(email, value);
        }
        await SurveyScenario.CloseAsync(leader, before);
        var now = await s.DesignAndPublishAsync(leader, "Staff survey 2026", copyFrom: before);
        foreach (var (email, value) in s.AlderTeachers.Take(5).Zip(new[] { 3, 4, 4, 4, 5 }))
        {
            await s.AnswerByLinkAsync(email, value);
        }
        await SurveyScenario.ReleaseAsync(leader, now);

        var page = await leader.GetPageAsync($"/Surveys/Results/{now}?school={s.Alder}");

        // 40% agreed before, 80% now: +40 points for the school, its teachers, every standard and every item.
        foreach (var chart in new[] { "group", "standard", "item" })
        {
            var title = $"Agreement by {chart}, Alder Elementary";
            var bars = ChartReader.Bars(page, title);
            var rows = ChartReader.TableRows(page, title);
            var column = ChartReader.Column(page, title, Change);
            Assert.NotEmpty(bars);
            Assert.Equal(rows.Select(r => r.Header), bars.Select(b => b.Label));
            foreach (var (bar, row) in bars.Zip(rows))
            {
                Assert.Equal("+40 pts", row.Cells[column]);
                Assert.Equal(row.Cells[column], bar.Change);
                Assert.Contains("80% agree, +40 pts", bar.Text);
            }
        }
    }

    [Fact]
    public async Task Results_SchoolHiddenInThePreviousSurvey_ShowsNoChange()
    {
        var s = await SurveyScenario.CreateAsync(factory, birchTeachers: 5);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var before = await s.DesignAndPublishAsync(leader, "Staff survey 2025");
        foreach (var email in s.AlderTeachers.Take(5))
        {
            await s.AnswerByLinkAsync(email, 2);
        }
        foreach (var email in s.BirchTeachers.Take(3))
        {
            await s.AnswerByLinkAsync(email, 2);
        }
        await SurveyScenario.CloseAsync(leader, before);
        var now = await s.DesignAndPublishAsync(leader, "Staff survey 2026", copyFrom: before);
        foreach (var email in s.AlderTeachers.Take(5).Concat(s.BirchTeachers))
        {
            await s.AnswerByLinkAsync(email, 5);
        }
        await SurveyScenario.ReleaseAsync(leader, now);

        var birch = await leader.GetPageAsync($"/Surveys/Results/{now}?school={s.Birch}");
        var alder = await leader.GetPageAsync($"/Surveys/Results/{now}?school={s.Alder}");

        // Birch's three answered below the minimum last time: its figures now are shown, with no change beside them.
        foreach (var chart in new[] { "group", "standard", "item" })
        {
            var title = $"Agreement by {chart}, Birch Middle";
            var column = ChartReader.Column(birch, title, Change);
            Assert.All(ChartReader.Bars(birch, title), b => Assert.True(b.Shown && b.Change is null));
            Assert.All(ChartReader.Bars(birch, title), b => Assert.Contains("100% agree", b.Text));
            Assert.All(ChartReader.TableRows(birch, title), r => Assert.Equal("–", r.Cells[column]));
        }
        Assert.DoesNotContain(" pts", ChartReader.Chart(birch, "Agreement by item, Birch Middle").TextContent);
        // Alder was shown both times: 0% to 100%.
        Assert.All(ChartReader.Bars(alder, "Agreement by item, Alder Elementary"), b => Assert.Equal("+100 pts", b.Change));
    }
}
