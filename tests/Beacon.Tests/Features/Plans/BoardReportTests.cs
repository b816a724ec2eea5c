using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using UglyToad.PdfPig;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class BoardReportTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task BoardPdf_PlanWithGoalsMeasuresAndReview_OpensAndContainsThem()
    {
        var district = await factory.CreateDistrictAsync("Lakeshore Schools");
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3", "Mathematics for all", "Students attend and belong");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goals = db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).ToList();
            var reading = new PlanMeasure { GoalId = goals[0].Id, Name = "Grade 3 reading proficiency", Unit = "%", Baseline = 52, BaselineYear = 2024 };
            reading.YearValues.Add(new MeasureYear { Year = 2025, Target = 56, EnteredActual = 57.5 });
            reading.YearValues.Add(new MeasureYear { Year = 2026, Target = 60 });
            var attendance = new PlanMeasure { GoalId = goals[2].Id, Name = "Chronic absence rate", Unit = "%", HigherIsBetter = false, Baseline = 18 };
            attendance.YearValues.Add(new MeasureYear { Year = 2025, Target = 15, EnteredActual = 16 });
            var review = new ProgressReview { PlanId = planId, Year = 2025, Quarter = 2, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "Lee", SignedOffAt = DateTimeOffset.UtcNow, SignedOffBy = "Lee Director" };
            review.Goals.Add(new GoalReview { GoalId = goals[0].Id, Status = GoalStatus.OnTrack, Narrative = "Benchmarks rose in every school." });
            review.Goals.Add(new GoalReview { GoalId = goals[2].Id, Status = GoalStatus.AtRisk, Narrative = "Absence fell less than planned." });
            db.AddRange(reading, attendance, review);
            await db.SaveChangesAsync();
        });
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);

        var response = await client.GetAsync("/Plans/Board?handler=Pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Lakeshore Schools: board report", text);
        Assert.Contains("Every student learns and thrives.", text);
        Assert.Contains("Graduates ready for any path.", text);
        Assert.Contains("Goal 1: Every child reads by grade 3", text);
        Assert.Contains("Goal 2: Mathematics for all", text);
        Assert.Contains("Goal 3: Students attend and belong", text);
        Assert.Contains("Grade 3 reading proficiency", text);
        Assert.Contains("Chronic absence rate", text);
        Assert.Contains("2025-26 56% 57.5% (entered) Target met", text);
        Assert.Contains("2025-26 15% 16% (entered) Improving, target not met", text);
        Assert.Contains("Status: At risk", text);
        Assert.Contains("Benchmarks rose in every school.", text);
        Assert.Contains("2025-26 Q2, signed off by Lee Director", text);
    }

    [Fact]
    public async Task BoardView_DraftReviewOnly_ShowsNoStatusesToTheBoard()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var review = new ProgressReview { PlanId = planId, Year = 2025, Quarter = 3, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "Lee" };
            review.Goals.Add(new GoalReview { GoalId = db.PlanGoals.First(g => g.PlanId == planId).Id, Status = GoalStatus.OffTrack, Narrative = "Draft thoughts" });
            db.Add(review);
            await db.SaveChangesAsync();
        });
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);

        var board = await client.GetPageAsync("/Plans/Board");

        Assert.Contains("No progress review has been signed off yet.", board);
        Assert.DoesNotContain("Draft thoughts", board);
    }

    [Fact]
    public async Task BoardPdf_NoPlanYet_IsNotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var trustee = await factory.CreateAccountAsync(district, Roles.BoardTrustee);
        using var client = await BrowserlessClient.SignedInAsync(factory, trustee);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Plans/Board?handler=Pdf")).StatusCode);
        Assert.Contains("The district has no plan yet", await client.GetPageAsync("/Plans/Board"));
    }
}
