using System.Net;
using Beacon.Tests.Features.Imports;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Support;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Support;

/// <summary>A partnership milestone tied to reading proficiency is judged by the metrics import, and the payment decision rests on it.</summary>
[Trait("Category", "Database")]
public class MilestoneResultsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private sealed record Setup(TestDistrict District, Guid PartnershipId, BrowserlessClient Leader, BrowserlessClient Admin) : IDisposable
    {
        public string Details => $"/Support/Partnerships/{PartnershipId}";

        public void Dispose()
        {
            Leader.Dispose();
            Admin.Dispose();
        }
    }

    private async Task<Setup> TiedMilestoneAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var schools = await SupportFixture.SchoolsAsync(factory, district, "Harbor Elementary", "Fairview Elementary");
        var (partnershipId, measureId) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var measure = new Measure { Id = Guid.CreateVersion7(), Code = "reading_proficiency", Name = "Reading proficiency (%)" };
            var partnership = new Partnership
            {
                Id = Guid.CreateVersion7(),
                SupportedSchoolId = schools["Harbor Elementary"],
                SupportingSchoolId = schools["Fairview Elementary"],
                AreasOfNeed = "Reading",
                StartsOn = new DateOnly(2025, 9, 1),
                EndsOn = new DateOnly(2027, 8, 31),
                CreatedBy = "test",
            };
            db.AddRange(measure, partnership);
            await db.SaveChangesAsync();
            return (partnership.Id, measure.Id);
        });
        var setup = new Setup(district, partnershipId,
            await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader)),
            await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator)));
        var added = await setup.Leader.PostFormAsync(setup.Details, new Dictionary<string, string>
        {
            ["Milestone.Title"] = "Year 1 reading",
            ["Milestone.Target"] = "Reading proficiency at least 45%",
            ["Milestone.DueOn"] = "2026-08-31",
            ["Milestone.Amount"] = "20000",
            ["Milestone.MeasureId"] = measureId.ToString(),
            ["Milestone.MeasureYear"] = "2025",
            ["Milestone.TargetValue"] = "45",
        }, setup.Details + "?handler=Milestone");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return setup;
    }

    private async Task ImportReadingAsync(Setup setup, string figure)
    {
        // Harbor Elementary is S0, the supported school; Fairview's figure must not count for it.
        var csv = ImportFiles.Utf8($"school_id,school_year,reading_proficiency\nS0,2025-26,{figure}\nS1,2025-26,90\n");
        var response = await PostAsync(setup.Admin, "metrics", csv, ImportUpload.CsvType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<Milestone> MilestoneAsync(Setup setup) =>
        factory.InScopeAsync(setup.District.Id, (_, db) => db.Milestones.AsNoTracking().SingleAsync());

    private Task<HttpResponseMessage> DecideAsync(Setup setup, Guid milestoneId, string met, string reason) =>
        setup.Leader.PostFormAsync(setup.Details, new Dictionary<string, string>
        {
            ["Outcome.MilestoneId"] = milestoneId.ToString(),
            ["Outcome.TermsMet"] = met,
            ["Outcome.Reason"] = reason,
        }, setup.Details + "?handler=Outcome");

    [Fact]
    public async Task AddMilestone_BeforeAnyFigure_ShowsNoDataYet()
    {
        using var setup = await TiedMilestoneAsync();

        var page = WebUtility.HtmlDecode(await setup.Leader.GetPageAsync(setup.Details));

        Assert.Equal((MilestoneResult.NoData, null), ((await MilestoneAsync(setup)).Result, (await MilestoneAsync(setup)).ResultValue));
        Assert.Contains("No data yet", page);
        Assert.Contains("Reading proficiency (%) in 2025-26: no figure yet against a target of at least 45.", page);
    }

    [Fact]
    public async Task ImportFigures_AtOrAboveTarget_MarksTheMilestoneMetAndThePaymentPageShowsTheFigure()
    {
        using var setup = await TiedMilestoneAsync();

        await ImportReadingAsync(setup, "47.5");

        var milestone = await MilestoneAsync(setup);
        Assert.Equal((MilestoneResult.Met, 47.5), (milestone.Result, milestone.ResultValue));
        Assert.Equal(MilestoneStatus.Pending, milestone.Status);
        var page = WebUtility.HtmlDecode(await setup.Leader.GetPageAsync(setup.Details));
        Assert.Contains("Reading proficiency (%) in 2025-26: 47.5 against a target of at least 45.", page);
        Assert.Contains($"id=\"met-{milestone.Id}\" name=\"Outcome.TermsMet\" value=\"true\" checked=\"checked\"", page);
    }

    [Fact]
    public async Task ImportFigures_BelowTarget_MarksTheMilestoneNotMetAndFollowingItWithholdsWithTheFigure()
    {
        using var setup = await TiedMilestoneAsync();

        await ImportReadingAsync(setup, "41");
        var milestone = await MilestoneAsync(setup);
        var decided = await DecideAsync(setup, milestone.Id, "false", "");

        Assert.Equal((MilestoneResult.NotMet, 41.0), (milestone.Result, milestone.ResultValue));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var instalment = await factory.InScopeAsync(setup.District.Id, (_, db) => db.Instalments.SingleAsync());
        Assert.Equal((InstalmentStatus.Withheld, "The imported figure, 41, did not reach the target of 45."), (instalment.Status, instalment.Reason));
        Assert.Contains("Reading proficiency (%) in 2025-26: 41 against a target of at least 45.", WebUtility.HtmlDecode(await setup.Leader.GetPageAsync(setup.Details)));
    }

    [Fact]
    public async Task Override_WithoutReasonThenWithOne_FieldErrorThenSavedAndAudited()
    {
        using var setup = await TiedMilestoneAsync();
        await ImportReadingAsync(setup, "41");
        var milestoneId = (await MilestoneAsync(setup)).Id;

        var refused = await DecideAsync(setup, milestoneId, "true", " ");
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var saved = await DecideAsync(setup, milestoneId, "true", "The spring test was cancelled; the autumn screen shows 46%");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("<span class=\"field-error[^\"]*\"[^>]*>The imported figure says the target was not met: say why you decide otherwise", refusedPage);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var milestone = await MilestoneAsync(setup);
        Assert.Equal((MilestoneStatus.Met, "The spring test was cancelled; the autumn screen shows 46%"), (milestone.Status, milestone.OverrideReason));
        var audit = await factory.InScopeAsync(setup.District.Id, (_, db) =>
            db.AuditEntries.Where(a => a.Entity == nameof(Milestone) && a.Action == AuditAction.Updated).Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, changes => changes.Contains("OverrideReason") && changes.Contains("The spring test was cancelled"));
        Assert.Contains("Decided otherwise: The spring test was cancelled", WebUtility.HtmlDecode(await setup.Leader.GetPageAsync(setup.Details)));
    }

    [Fact]
    public async Task AddMilestone_MeasureWithoutYearOrTarget_SaysWhichFieldsAreMissing()
    {
        using var setup = await TiedMilestoneAsync();
        var measureId = (await MilestoneAsync(setup)).MeasureId!.Value;

        var response = await setup.Leader.PostFormAsync(setup.Details, new Dictionary<string, string>
        {
            ["Milestone.Title"] = "Year 2 reading",
            ["Milestone.Target"] = "Reading 50%",
            ["Milestone.DueOn"] = "2027-08-31",
            ["Milestone.Amount"] = "20000",
            ["Milestone.MeasureId"] = measureId.ToString(),
        }, setup.Details + "?handler=Milestone");

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the school year whose figure decides the milestone.", page);
        Assert.Contains("Enter the figure the school has to reach, e.g. 45.", page);
    }
}
