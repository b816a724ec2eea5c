using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// The equity report ranked by a need index of poverty and English learners (weights 1 and 1) over
/// <see cref="EquityFixture"/>. English-learner shares: Q1 Low Poverty 80 (the year's metric),
/// Q2 School 20, Q3 School 10, Q4 High Poverty 10 (school records), and a fifth school with
/// poverty 50 and no English-learner figure. Indices: Q2 School (30+20)/2 = 25, Q3 School 35,
/// Q1 Low Poverty (10+80)/2 = 45, Q4 High Poverty 50; the fifth school is unranked. So need Q1 is
/// Q2 School (all shares 0) and need Q4 is Q4 High Poverty: the gap is +50.0 inexperienced,
/// +50.0 ineffective, +25.0 uncertified, +25.0 out of field and +25.0 highly effective.
/// </summary>
[Trait("Category", "Database")]
public class NeedIndexPageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, Guid Year, BrowserlessClient Leader)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var year = await EquityFixture.CreateAsync(factory, district);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var schools = await db.Schools.ToDictionaryAsync(s => s.Name);
            schools["Q1 Low Poverty"].EnglishLearnerPercent = 5;
            schools["Q2 School"].EnglishLearnerPercent = 20;
            schools["Q3 School"].EnglishLearnerPercent = 10;
            schools["Q4 High Poverty"].EnglishLearnerPercent = 10;
            var learners = new Measure { Code = NeedIndex.EnglishLearnerCode, Name = "English learners (%)", HigherIsBetter = false };
            db.AddRange(
                learners,
                new SchoolMetric { SchoolId = schools["Q1 Low Poverty"].Id, SchoolYearId = year, Measure = learners, Value = 80 },
                new School { SourceId = "Q5", Name = "Q5 No Learner Figure", PovertyPercent = 50, Enrollment = 100 });
            await db.SaveChangesAsync();
        });
        var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        return (district, year, leader);
    }

    private static Dictionary<string, string> Weights(string poverty, string learners, string disabilities = "0", string results = "0", string measure = "") => new()
    {
        ["Form.PovertyWeight"] = poverty,
        ["Form.EnglishLearnerWeight"] = learners,
        ["Form.DisabilityWeight"] = disabilities,
        ["Form.ResultsWeight"] = results,
        ["Form.ResultsMeasureId"] = measure,
    };

    [Fact]
    public async Task Equity_RankedByNeedIndex_MatchesTheHandComputedFigures()
    {
        var (_, year, leader) = await ArrangeAsync();
        using var _ = leader;
        var saved = await leader.PostFormAsync("/Staffing/NeedIndex", Weights("1", "1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}&rank=need"));

        Assert.Contains("data-testid=\"gap-inexperienced\">+50.0<", page);
        Assert.Contains("data-testid=\"gap-ineffective\">+50.0<", page);
        Assert.Contains("data-testid=\"gap-uncertified\">+25.0<", page);
        Assert.Contains("data-testid=\"gap-out-of-field\">+25.0<", page);
        Assert.Contains("data-testid=\"gap-highly-effective\">+25.0<", page);
        Assert.Equal("25–25", EquityImportTests.Cells(page, 1)[1]);
        Assert.Equal("45–45", EquityImportTests.Cells(page, 3)[1]);
        Assert.Equal("160.0", EquityImportTests.Cells(page, 3)[8]);
        Assert.Contains("poverty 1, English learners 1", page);
        Assert.Contains("Q5 No Learner Figure</a>: No English-learner share is recorded", page);
    }

    [Fact]
    public async Task Equity_DefaultRanking_StillByPoverty()
    {
        var (_, year, leader) = await ArrangeAsync();
        using var _ = leader;
        await leader.PostFormAsync("/Staffing/NeedIndex", Weights("1", "1"));

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync($"/Staffing/Equity?year={year}"));

        // By poverty (10, 30, 50, 60, 90) the two lowest share Q1, and every school has a poverty share.
        Assert.Equal("10–30%", EquityImportTests.Cells(page, 1)[1]);
        Assert.Equal("90–90%", EquityImportTests.Cells(page, 4)[1]);
        Assert.DoesNotContain("Schools not ranked", page);
    }

    [Fact]
    public async Task Save_AllWeightsZero_FieldErrorAndNothingSaved()
    {
        var (district, _, leader) = await ArrangeAsync();
        using var _ = leader;

        var response = await leader.PostFormAsync("/Staffing/NeedIndex", Weights("0", "0"));

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least one input a weight above 0", Html.FieldError(page, "Form.PovertyWeight"));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.NeedIndexSettings.CountAsync()));
    }

    [Fact]
    public async Task Save_BadValues_EachFieldSaysWhatToDo()
    {
        var (district, _, leader) = await ArrangeAsync();
        using var _ = leader;

        var response = await leader.PostFormAsync("/Staffing/NeedIndex", Weights("101", "", "-1", "1"));

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("from 0 to 100", Html.FieldError(page, "Form.PovertyWeight"));
        Assert.Contains("from 0 to 100", Html.FieldError(page, "Form.EnglishLearnerWeight"));
        Assert.Contains("from 0 to 100", Html.FieldError(page, "Form.DisabilityWeight"));
        Assert.Contains("choose the results measure", Html.FieldError(page, "Form.ResultsMeasureId"));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.NeedIndexSettings.CountAsync()));
    }

    [Fact]
    public async Task Save_MeasureOfAnotherDistrict_FieldError()
    {
        var (_, _, leader) = await ArrangeAsync();
        using var _ = leader;
        var other = await factory.CreateDistrictAsync();
        var theirs = await factory.InScopeAsync(other.Id, async (_, db) =>
        {
            var m = new Measure { Code = "reading_proficiency", Name = "Reading" };
            db.Measures.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });

        var response = await leader.PostFormAsync("/Staffing/NeedIndex", Weights("1", "0", "0", "1", theirs.ToString()));

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("from the list", Html.FieldError(page, "Form.ResultsMeasureId"));
    }

    [Fact]
    public async Task Save_Twice_OneRowUpdatedAndTheFormShowsIt()
    {
        var (district, _, leader) = await ArrangeAsync();
        using var _ = leader;

        await leader.PostFormAsync("/Staffing/NeedIndex", Weights("1", "1"));
        await leader.PostFormAsync("/Staffing/NeedIndex", Weights("3", "0", "2"));

        var weights = await factory.InScopeAsync(district.Id, (_, db) => db.NeedIndexSettings.Select(s => new { s.PovertyWeight, s.EnglishLearnerWeight, s.DisabilityWeight }).SingleAsync());
        Assert.Equal((3.0, 0.0, 2.0), (weights.PovertyWeight, weights.EnglishLearnerWeight, weights.DisabilityWeight));
        Assert.Contains("value=\"3\"", await leader.GetPageAsync("/Staffing/NeedIndex"));
    }

    [Theory]
    [InlineData(Roles.HumanResources)]
    [InlineData(Roles.SchoolLeader)]
    public async Task NeedIndex_NotDistrictLeadership_IsForbidden(string role)
    {
        var (district, _, leader) = await ArrangeAsync();
        leader.Dispose();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));

        await AccessAssert.ForbiddenAsync(client, "/Staffing/NeedIndex");
    }
}
