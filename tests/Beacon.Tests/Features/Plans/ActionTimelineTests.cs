using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Beacon.Web.Ui.Charts;

namespace Beacon.Tests.Features.Plans;

/// <summary>A plan's page draws its actions on a timeline with the same dates and statuses as the table behind it.</summary>
[Trait("Category", "Database")]
public class ActionTimelineTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    private static readonly string Title = ActionTimeline.Title;

    [Fact]
    public async Task Details_ActionsWithAndWithoutDates_TimelineEqualsTheTableAndMarksOverdue()
    {
        var district = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var strategy = new Strategy { Id = Guid.CreateVersion7(), PlanId = planId, GoalId = db.PlanGoals.First(g => g.PlanId == planId).Id, Title = "Coaching" };
            db.AddRange(strategy,
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Late training", StartsOn = new(2025, 11, 1), DueOn = new(2026, 2, 1), Status = ActionStatus.InProgress },
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Coaching cycle", StartsOn = new(2026, 1, 10), DueOn = new(2026, 5, 29), Status = ActionStatus.NotStarted },
                new PlanAction { PlanId = planId, StrategyId = strategy.Id, Title = "Book study", DueOn = new(2025, 12, 15), Status = ActionStatus.Complete },
                new PlanAction { PlanId = planId, Title = "Family nights", Status = ActionStatus.NotStarted });
            await db.SaveChangesAsync();
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));

        var page = await client.GetPageAsync($"/Plans/Details/{planId}");

        var bars = ChartReader.Chart(page, Title).QuerySelectorAll("g[data-label]").ToList();
        var rows = ChartReader.TableRows(page, Title);
        // Drawn in order of start; the undated action is in the table only, saying why.
        Assert.Equal(["Late training", "Book study", "Coaching cycle"], bars.Select(b => b.GetAttribute("data-label")));
        Assert.Equal(["Late training", "Book study", "Coaching cycle", "Family nights"], rows.Select(r => r.Header));
        foreach (var (bar, row) in bars.Zip(rows))
        {
            Assert.Equal(row.Cells, [bar.GetAttribute("data-starts")!, bar.GetAttribute("data-due")!, bar.GetAttribute("data-status")!]);
            Assert.Contains(row.Cells[2], bar.TextContent);
        }
        Assert.Equal(["1 Nov 2025", "1 Feb 2026", "In progress, overdue"], rows[0].Cells);
        Assert.Equal(["", "15 Dec 2025", "Complete"], rows[1].Cells);
        Assert.Equal("not drawn: no due date", Assert.Single(rows[3].Cells));
        // Only the overdue action is outlined in red; the axis names its months and today is marked.
        Assert.Equal(["Late training"], bars.Where(b => b.QuerySelector("rect")!.GetAttribute("stroke") == ChartColours.Bad).Select(b => b.GetAttribute("data-label")));
        var text = ChartReader.Chart(page, Title).TextContent;
        Assert.Contains("Nov 2025", text);
        Assert.Contains("today", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "badge bad\">Overdue"));
    }

    [Fact]
    public void Build_ManyMonths_BarsStayInsideTheCanvasAndInOrderOfTime()
    {
        var rows = new[]
        {
            new TimelineRow("A", new DateOnly(2024, 9, 1), new DateOnly(2025, 6, 30), "Complete", new TimelineStyle(ChartColours.Good), false),
            new TimelineRow("B", null, new DateOnly(2027, 1, 31), "Not started", new TimelineStyle("#8a939c", true), false),
            new TimelineRow("C", new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1), "In progress", new TimelineStyle("#0b5394"), true),
        };

        var drawing = TimelineChart.Build("Timeline", rows, new DateOnly(2026, 2, 15), d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var boxes = drawing.Shapes.OfType<ShapeGroup>().Select(g => g.Shapes.OfType<Box>().Single()).ToList();
        Assert.All(boxes, b => Assert.InRange(b.X, 0, TimelineChart.Width));
        Assert.All(boxes, b => Assert.InRange(b.X + b.Width, 0, TimelineChart.Width + 0.001));
        Assert.True(boxes[0].X < boxes[2].X && boxes[2].X < boxes[1].X);
        Assert.Equal(ChartColours.Bad, boxes[2].Stroke);
    }
}
