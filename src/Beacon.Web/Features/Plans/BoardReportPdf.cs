using System.Globalization;
using Beacon.Web.Ui.Pdf;

namespace Beacon.Web.Features.Plans;

/// <summary>The district's name and small logo (null without one), as the board report prints them.</summary>
public sealed record ReportDistrict(string Name, byte[]? Logo, string? LogoContentType);

/// <summary>The board report as a PDF: the district's logo, mission, vision, each goal's measures against targets and the latest signed-off review.</summary>
public static class BoardReportPdf
{
    public static byte[] Render(ReportDistrict district, PlanView view, DateOnly printedOn)
    {
        var plan = view.Plan;
        var districtName = district.Name;
        var report = new PdfReport($"{districtName}: {plan.Title}",
            $"{districtName} · {plan.Title} · printed {printedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        report.Logo(district.Logo, district.LogoContentType);
        report.Heading($"{districtName}: board report", 1);
        report.Paragraph($"{plan.Title}, {plan.Period}", muted: true);
        report.Heading("Mission", 2);
        report.Paragraph(plan.Mission ?? "No mission statement has been written yet.");
        report.Heading("Vision", 2);
        report.Paragraph(plan.Vision ?? "No vision statement has been written yet.");
        report.Paragraph(view.Review is { } review
            ? $"Latest signed-off progress review: {review.Label}, signed off by {review.SignedOffBy} on {review.SignedOffAt!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}."
            : "No progress review has been signed off yet.", muted: true);
        if (BoardCharts.StatusBar(view) is { } status)
        {
            report.Chart(status.Drawing);
        }

        foreach (var goal in view.Goals)
        {
            report.Heading($"Goal {goal.Position}: {goal.Title}", 2);
            if (!string.IsNullOrWhiteSpace(goal.Description))
            {
                report.Paragraph(goal.Description);
            }
            if (view.Review is not null)
            {
                report.Fact("Status", GoalStatuses.Label(goal.Review?.Status));
                if (!string.IsNullOrWhiteSpace(goal.Review?.Narrative))
                {
                    report.Paragraph(goal.Review.Narrative);
                }
                if (!string.IsNullOrWhiteSpace(goal.Review?.Evidence))
                {
                    report.Fact("Evidence", goal.Review.Evidence);
                }
            }
            if (goal.Measures.Count == 0)
            {
                report.Paragraph("No measures have been set for this goal yet.", muted: true);
            }
            foreach (var measure in goal.Measures)
            {
                report.Heading(measure.Name, 3);
                report.Fact("Baseline", measure.Baseline is null ? "not set"
                    : PlanFormat.Number(measure.Baseline, measure.Unit) + (measure.BaselineYear is { } y ? $" ({Plan.YearName(y)})" : ""));
                report.Chart(BoardCharts.Measure(measure));
                report.Table(
                    ["School year", "Target", "Actual", "Against target"],
                    [1.2, 1, 1.4, 2],
                    measure.Points.Select(p => (IReadOnlyList<string>)
                    [
                        Plan.YearName(p.Year),
                        PlanFormat.Number(p.Target, measure.Unit),
                        PlanFormat.Number(p.Actual, measure.Unit) + (p.Source == ActualSource.None ? "" : $" ({PlanFormat.Source(p.Source)})"),
                        TargetProgress.Label(p.Standing),
                    ]));
            }
        }
        if (view.Goals.Count == 0)
        {
            report.Paragraph("The plan has no goals yet.", muted: true);
        }
        return report.ToBytes();
    }
}
