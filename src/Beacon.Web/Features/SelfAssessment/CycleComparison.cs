using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

public sealed record PreviousCycle(Guid Id, string Name, DateTimeOffset OpenedAt, int VersionNumber);

/// <summary>The change per indicator between a cycle and the one before it on the same framework and scope.</summary>
public sealed record CycleChange(
    CycleView Cycle, PreviousCycle? Previous, IReadOnlyList<IndicatorChange> Changes,
    IReadOnlyList<LevelInfo> Levels, IReadOnlyList<LevelInfo> PreviousLevels)
{
    public string Label(int? level, IReadOnlyList<LevelInfo> levels) =>
        level is { } value ? levels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—";
}

/// <summary>Finds the previous cycle of the same framework and scope and compares their consensus.</summary>
public sealed class CycleComparison(BeaconDbContext db, CycleResults results)
{
    public async Task<CycleChange> CompareAsync(CycleView cycle, CancellationToken cancellationToken = default)
    {
        var schoolId = cycle.SchoolId;
        var previous = await db.AssessmentCycles
            .Where(c => c.FrameworkId == cycle.FrameworkId && c.SchoolId == schoolId && c.Id != cycle.Id && c.OpenedAt < cycle.OpenedAt)
            .OrderByDescending(c => c.OpenedAt)
            .Select(c => new { c.Id, c.Name, c.OpenedAt, c.FrameworkVersionId, c.FrameworkVersion!.Number })
            .FirstOrDefaultAsync(cancellationToken);
        var levels = await results.LevelsAsync(cycle.VersionId, cancellationToken);
        var current = await ConsensusAsync(cycle.Id, cycle.VersionId, cancellationToken);
        if (previous is null)
        {
            return new CycleChange(cycle, null, YearOverYear.Compare([], levels.Count, current, levels.Count), levels, []);
        }
        var previousLevels = await results.LevelsAsync(previous.FrameworkVersionId, cancellationToken);
        var before = await ConsensusAsync(previous.Id, previous.FrameworkVersionId, cancellationToken);
        return new CycleChange(
            cycle, new PreviousCycle(previous.Id, previous.Name, previous.OpenedAt, previous.Number),
            YearOverYear.Compare(before, previousLevels.Count, current, levels.Count), levels, previousLevels);
    }

    private async Task<List<YearOverYear.Consensus>> ConsensusAsync(Guid cycleId, Guid versionId, CancellationToken cancellationToken) =>
        await db.Indicators.Where(i => i.FrameworkVersionId == versionId)
            .OrderBy(i => i.Domain!.Position).ThenBy(i => i.Position)
            .Select(i => new YearOverYear.Consensus(i.Code, i.Text,
                db.ConsensusRatings.Where(c => c.CycleId == cycleId && c.IndicatorId == i.Id).Select(c => (int?)c.Level).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
