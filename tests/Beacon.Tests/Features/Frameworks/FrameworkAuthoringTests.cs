using System.Net;
using Beacon.Tests.Features.SelfAssessment;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Frameworks;

[Trait("Category", "Database")]
public class FrameworkAuthoringTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Create_ValidForm_MakesAnAdoptedFrameworkWithDefaultRubric()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await admin.PostFormAsync("/Frameworks/Create", CreateForm("Reading for all"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Reading for all", page, StringComparison.Ordinal);
        Assert.Contains("Every class reads daily.", page, StringComparison.Ordinal);
        var (adopted, levels) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var f = await db.Frameworks.SingleAsync(x => x.Name == "Reading for all");
            return (f.Adopted, await db.RubricLevels.Where(l => l.FrameworkVersionId == f.CurrentVersionId).OrderBy(l => l.Value).Select(l => l.Label).ToListAsync());
        });
        Assert.True(adopted);
        Assert.Equal(["Not yet evident", "Emerging", "Developing", "Embedded"], levels);
    }

    [Fact]
    public async Task Create_DuplicateCodeAndEmptyName_ErrorsAtTheFieldsAndNothingSaved()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var form = CreateForm("");
        form["Form.IndicatorCode"] = "not valid!";
        form["Form.Levels[1].Label"] = "not yet evident";
        var before = await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.CountAsync());

        var response = await admin.PostFormAsync("/Frameworks/Create", form);

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The name is empty. Give the framework a name.", body, StringComparison.Ordinal);
        Assert.Contains("The indicator code \"not valid!\" is not a valid code", body, StringComparison.Ordinal);
        Assert.Contains("The label of level 2 \"not yet evident\" is already the label of level 1", body, StringComparison.Ordinal);
        Assert.Equal(before, await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task EditIndicator_VersionUsedByACycle_MakesNewVersionAndCycleKeepsItsRatings()
    {
        var s = await CycleScenario.CreateAsync(factory);
        using var leader = await s.SignInAsync(s.Leader);
        var cycleId = await s.OpenCycleAsync(leader, s.SchoolA, s.Team);
        var indicators = await s.IndicatorsAsync(cycleId);
        using (var member = await s.SignInAsync(s.Team[0]))
        {
            await CycleScenario.RateAsync(member, cycleId, indicators, _ => 3);
        }
        var ch1 = indicators.Single(i => i.Code == "CH.1").Id;
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(s.District, Roles.DistrictAdministrator));

        var response = await admin.PostFormAsync($"/Frameworks/Indicator/{s.FrameworkId}/{ch1}", new Dictionary<string, string>
        {
            ["Form.DomainCode"] = "CH",
            ["Form.Code"] = "CH.1",
            ["Form.Text"] = "Teachers take on one or two changes at a time.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (versions, current, cycleVersion, oldText, newText, ratingsOnOld) = await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var f = await db.Frameworks.SingleAsync(x => x.Id == s.FrameworkId);
            var cycle = await db.AssessmentCycles.SingleAsync(c => c.Id == cycleId);
            return (
                await db.FrameworkVersions.CountAsync(v => v.FrameworkId == f.Id),
                f.CurrentVersionId,
                cycle.FrameworkVersionId,
                await db.Indicators.Where(i => i.Id == ch1).Select(i => i.Text).SingleAsync(),
                await db.Indicators.Where(i => i.FrameworkVersionId == f.CurrentVersionId && i.Code == "CH.1").Select(i => i.Text).SingleAsync(),
                await db.IndividualRatings.CountAsync(r => r.CycleId == cycleId && db.Indicators.Any(i => i.Id == r.IndicatorId && i.FrameworkVersionId == cycle.FrameworkVersionId)));
        });
        Assert.Equal(2, versions);
        Assert.NotEqual(current, cycleVersion);
        Assert.StartsWith("Gradualism", oldText, StringComparison.Ordinal);
        Assert.Equal("Teachers take on one or two changes at a time.", newText);
        Assert.Equal(indicators.Count, ratingsOnOld);
        Assert.Contains("Gradualism", await leader.GetPageAsync($"/SelfAssessment/Cycle/{cycleId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditIndicator_VersionUnused_EditsInPlaceWithoutNewVersion()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var (frameworkId, indicatorId) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var f = await db.Frameworks.SingleAsync(x => x.PackKey == "tlc-principles");
            return (f.Id, await db.Indicators.Where(i => i.FrameworkVersionId == f.CurrentVersionId && i.Code == "CO.3").Select(i => i.Id).SingleAsync());
        });

        var response = await admin.PostFormAsync($"/Frameworks/Indicator/{frameworkId}/{indicatorId}", new Dictionary<string, string>
        {
            ["Form.DomainCode"] = "CH",
            ["Form.Code"] = "CO.3",
            ["Form.Text"] = "Moved into the first domain.",
            ["Form.Citation"] = "Our own wording",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (versions, domainCode, text, domains) = await factory.InScopeAsync(district.Id, async (_, db) => (
            await db.FrameworkVersions.CountAsync(v => v.FrameworkId == frameworkId),
            await db.Indicators.Where(i => i.Id == indicatorId).Select(i => i.Domain!.Code).SingleAsync(),
            await db.Indicators.Where(i => i.Id == indicatorId).Select(i => i.Text).SingleAsync(),
            await db.FrameworkDomains.CountAsync(d => db.Frameworks.Any(f => f.Id == frameworkId && f.CurrentVersionId == d.FrameworkVersionId))));
        Assert.Equal((1, "CH", "Moved into the first domain."), (versions, domainCode, text));
        Assert.Equal(3, domains);
    }

    [Fact]
    public async Task Remove_OnlyIndicatorOfItsDomain_RefusedWithWhatToDo()
    {
        var district = await factory.CreateDistrictAsync();
        using var admin = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var (frameworkId, indicatorId, domainId) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var f = await db.Frameworks.SingleAsync(x => x.PackKey == "tlc-principles");
            var fo1 = await db.Indicators.SingleAsync(i => i.FrameworkVersionId == f.CurrentVersionId && i.Code == "FO.1");
            return (f.Id, fo1.Id, fo1.DomainId);
        });

        var refused = await admin.PostFormAsync($"/Frameworks/Remove/{frameworkId}/{indicatorId}", new Dictionary<string, string>());
        var removed = await admin.PostFormAsync($"/Frameworks/Remove/{frameworkId}/{domainId}", new Dictionary<string, string>());

        Assert.Contains("Remove the whole domain instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.InScopeAsync(district.Id, (_, db) => db.Indicators.AnyAsync(i => i.Id == indicatorId)));
    }

    [Fact]
    public async Task Adopt_DistrictLeader_TogglesAndTeacherIsRefused()
    {
        var district = await factory.CreateDistrictAsync();
        var frameworkId = await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.Where(f => f.PackKey == "district-role").Select(f => f.Id).SingleAsync());
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        using var teacher = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));
        var fields = new Dictionary<string, string> { ["id"] = frameworkId.ToString(), ["adopted"] = "true" };

        var adopted = await leader.PostFormAsync("/Frameworks", fields, "/Frameworks?handler=Adopt");
        var byTeacher = await teacher.PostFormAsync("/Frameworks", new Dictionary<string, string>(fields) { ["adopted"] = "false" }, "/Frameworks?handler=Adopt");

        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        CycleScenario.AssertForbidden(byTeacher);
        Assert.True(await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.Where(f => f.Id == frameworkId).Select(f => f.Adopted).SingleAsync()));
        Assert.DoesNotContain("Adopt<span", await teacher.GetPageAsync("/Frameworks"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> CreateForm(string name) => new()
    {
        ["Form.Name"] = name,
        ["Form.Levels[0].Label"] = "Not yet evident",
        ["Form.Levels[1].Label"] = "Emerging",
        ["Form.Levels[2].Label"] = "Developing",
        ["Form.Levels[3].Label"] = "Embedded",
        ["Form.DomainCode"] = "A",
        ["Form.DomainName"] = "Teaching",
        ["Form.IndicatorCode"] = "A.1",
        ["Form.IndicatorText"] = "Every class reads daily.",
    };
}
