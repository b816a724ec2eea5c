using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

/// <summary>
/// Judges undecided milestones tied to a measure against the supported school's imported figure
/// (<see cref="MilestoneEvidence"/>): after every metrics import, and when a milestone is added.
/// A decided milestone keeps the evidence its payment rested on.
/// </summary>
public sealed class MilestoneResults(BeaconDbContext db) : IImportFollowUp
{
    public Task AfterImportAsync(ImportKind kind, CancellationToken cancellationToken) =>
        kind == ImportKind.Metrics ? UpdateAsync(null, cancellationToken) : Task.CompletedTask;

    /// <summary>Sets each undecided milestone's result and figure (of one partnership, or all); saving is the caller's.</summary>
    public async Task UpdateAsync(Guid? partnershipId, CancellationToken cancellationToken)
    {
        var milestones = await db.Milestones
            .Where(m => m.Status == MilestoneStatus.Pending && m.MeasureId != null && m.MeasureYear != null && m.TargetValue != null)
            .Where(m => partnershipId == null || m.PartnershipId == partnershipId)
            .Join(db.Partnerships, m => m.PartnershipId, p => p.Id, (m, p) => new { Milestone = m, p.SupportedSchoolId, m.Measure!.HigherIsBetter })
            .ToListAsync(cancellationToken);
        if (milestones.Count == 0)
        {
            return;
        }
        var schoolIds = milestones.Select(m => m.SupportedSchoolId).Distinct().ToList();
        var measureIds = milestones.Select(m => m.Milestone.MeasureId!.Value).Distinct().ToList();
        var yearNames = milestones.Select(m => YearName(m.Milestone.MeasureYear!.Value)).Distinct().ToList();
        var figures = (await db.SchoolMetrics
                .Where(f => schoolIds.Contains(f.SchoolId) && measureIds.Contains(f.MeasureId) && yearNames.Contains(f.SchoolYear!.Name))
                .Select(f => new { f.SchoolId, f.MeasureId, Year = f.SchoolYear!.Name, f.Value })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.SchoolId, f.MeasureId, f.Year), f => f.Value);
        foreach (var row in milestones)
        {
            var milestone = row.Milestone;
            double? figure = figures.TryGetValue((row.SupportedSchoolId, milestone.MeasureId!.Value, YearName(milestone.MeasureYear!.Value)), out var value) ? value : null;
            milestone.Result = MilestoneEvidence.Evaluate(figure, milestone.TargetValue!.Value, row.HigherIsBetter);
            milestone.ResultValue = figure;
        }
    }

    /// <summary>"2025-26" for 2025, the way the metrics import names school years.</summary>
    public static string YearName(int startYear) => string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");
}
