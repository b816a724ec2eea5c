using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using UglyToad.PdfPig;

namespace Beacon.Tests.Features.Plans;

/// <summary>The board report's charts: the page's goal-status bar equals its table, and the PDF draws the same charts as vector paths with their figures as text.</summary>
[Trait("Category", "Database")]
public class BoardChartTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task BoardPdf_ReviewedGoalsAndAMeasure_DrawsStatusBarsAndTrendAsPathsWithTheirFigures()
    {
        var district = await factory.CreateDistrictAsync("Harbour Schools");
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Every child reads by grade 3", "Mathematics for all", "Students attend and belong", "Families as partners");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var goals = db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position).ToList();
            var reading = new PlanMeasure { GoalId = goals[0].Id, Name = "Grade 3 reading proficiency", Unit = "%", Baseline = 52, BaselineYear = 2024 };
            reading.YearValues.Add(new MeasureYear { Year = 2025, Target = 56, EnteredActual = 57.5 });
            reading.YearValues.Add(new MeasureYear { Year = 2026, Target = 60 });
            var review = new ProgressReview { PlanId = planId, Year = 2025, Quarter = 2, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "Lee", SignedOffAt = DateTimeOffset.UtcNow, SignedOffBy = "Lee Director" };
            review.Goals.Add(new GoalReview { GoalId = goals[0].Id, Status = GoalStatus.OnTrack });
            review.Goals.Add(new GoalReview { GoalId = goals[1].Id, Status = GoalStatus.OnTrack });
            review.Goals.Add(new GoalReview { GoalId = goals[2].Id, Status = GoalStatus.AtRisk });
            review.Goals.Add(new GoalReview { GoalId = goals[3].Id, Status = GoalStatus.OffTrack });
            db.AddRange(reading, review);
            await db.SaveChangesAsync();
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.BoardTrustee));

        var page = await client.GetPageAsync("/Plans/Board");
        var bytes = await (await client.GetAsync("/Plans/Board?handler=Pdf")).Content.ReadAsByteArrayAsync();

        const string title = "Goals by status, review 2025-26 Q2";
        var bar = Assert.Single(ChartReader.Bars(page, title));
        var row = Assert.Single(ChartReader.TableRows(page, title));
        Assert.Equal([1, 1, 2], bar.Counts);
        Assert.Equal(ChartReader.LeadingNumbers(row.Cells.Take(3)), bar.Counts);
        Assert.Equal("2 of 4 on track", row.Cells[4]);
        Assert.True(ChartReader.HasChart(page, "Grade 3 reading proficiency: actual against target"));

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var paths = pdf.GetPages().SelectMany(p => p.Paths).ToList();
        // The figures' text: the status bar's legend, shares and summary, and the trend's axis and years.
        Assert.Contains(title, text);
        Assert.Contains("Off track At risk On track", text);
        Assert.Contains("25% 25% 50%", text);
        Assert.Contains("2 of 4 on track", text);
        Assert.Contains("Grade 3 reading proficiency: actual against target by school year", text);
        Assert.Contains("Baseline 2025-26 2026-27", text);
        // The marks: the bar's three segments in their colours, the actual line's dots and the target's squares.
        Assert.True(Filled(paths, 0x0b, 0x53, 0x94) >= 2, "the on-track segment and the actual's dots are drawn");
        Assert.True(Filled(paths, 0xa4, 0x26, 0x2c) >= 1, "the off-track segment is drawn");
        Assert.Contains(paths, p => p.IsStroked && !p.IsFilled && Rgb(p.StrokeColor) == (0xb4, 0x5f, 0x06));
    }

    private static int Filled(IEnumerable<UglyToad.PdfPig.Graphics.PdfPath> paths, int r, int g, int b) =>
        paths.Count(p => p.IsFilled && Rgb(p.FillColor) == (r, g, b));

    private static (int, int, int) Rgb(UglyToad.PdfPig.Graphics.Colors.IColor? colour)
    {
        if (colour is null)
        {
            return (-1, -1, -1);
        }
        var (r, g, b) = colour.ToRGBValues();
        return ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255));
    }
}
