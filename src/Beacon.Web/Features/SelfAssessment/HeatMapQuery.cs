using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>One school's consensus on one indicator, as the heat map's single query returns it.</summary>
public sealed record HeatCell(
    string Framework, string LevelLabels, int DomainPosition, int Position, string Code, string Text,
    Guid SchoolId, string School, string? Cycle, int? Level, string? Label);

/// <summary>The heat map's data, pivoted: schools down, the framework's current indicators across.</summary>
public sealed record HeatMap(string Framework, IReadOnlyList<string> Levels, IReadOnlyList<(string Code, string Text)> Indicators, IReadOnlyList<HeatRow> Schools)
{
    public int LevelCount => Levels.Count;
}

public sealed record HeatRow(Guid SchoolId, string School, string? Cycle, IReadOnlyList<(int? Level, string? Label)> Cells);

/// <summary>
/// Compares every school on one framework from each school's most recent closed cycle, in one
/// database round trip: the framework, its indicators, the schools and their consensus come back
/// as one flat result. Indicators are matched by code, so a school assessed on an earlier version
/// still shows where the code exists in the current one.
/// </summary>
public sealed class HeatMapQuery(BeaconDbContext db)
{
    public async Task<HeatMap?> LoadAsync(Guid frameworkId, CancellationToken cancellationToken = default)
    {
        var cells = await (
                from f in db.Frameworks
                where f.Id == frameworkId
                from i in db.Indicators
                where i.FrameworkVersionId == f.CurrentVersionId
                from s in db.Schools
                let cycle = db.AssessmentCycles
                    .Where(c => c.FrameworkId == f.Id && c.SchoolId == s.Id && c.Status == CycleStatus.Closed)
                    .OrderByDescending(c => c.OpenedAt)
                    .Select(c => new { c.Id, c.Name, c.FrameworkVersionId })
                    .FirstOrDefault()
                let level = db.ConsensusRatings
                    .Where(r => r.CycleId == cycle.Id && db.Indicators.Any(x => x.Id == r.IndicatorId && x.Code == i.Code))
                    .Select(r => (int?)r.Level)
                    .FirstOrDefault()
                select new HeatCell(
                    f.Name,
                    string.Join("\n", db.RubricLevels.Where(l => l.FrameworkVersionId == f.CurrentVersionId).OrderBy(l => l.Value).Select(l => l.Label)),
                    i.Domain!.Position, i.Position, i.Code, i.Text,
                    s.Id, s.Name, cycle.Name, level,
                    db.RubricLevels.Where(l => l.FrameworkVersionId == cycle.FrameworkVersionId && l.Value == level).Select(l => l.Label).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return cells.Count == 0 ? null : Pivot(cells);
    }

    private static HeatMap Pivot(List<HeatCell> cells)
    {
        var indicators = cells.OrderBy(c => c.DomainPosition).ThenBy(c => c.Position)
            .Select(c => (c.Code, c.Text)).Distinct().ToList();
        var column = indicators.Select((x, n) => (x.Code, n)).ToDictionary(x => x.Code, x => x.n);
        var schools = cells.GroupBy(c => (c.SchoolId, c.School))
            .OrderBy(g => g.Key.School, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var row = new (int?, string?)[indicators.Count];
                foreach (var cell in g)
                {
                    row[column[cell.Code]] = (cell.Level, cell.Label);
                }
                return new HeatRow(g.Key.SchoolId, g.Key.School, g.First().Cycle, row);
            })
            .ToList();
        return new HeatMap(cells[0].Framework, cells[0].LevelLabels.Split('\n'), indicators, schools);
    }
}
