using System.Globalization;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

public sealed record IndicatorInfo(Guid Id, string Code, string Text, string? Description, string? Citation, string Domain);

public sealed record MemberRating(string Name, int Level, string? Comment);

public sealed record ConsensusInfo(int Level, string? Notes, string UpdatedBy, DateTimeOffset UpdatedAt);

public sealed record EvidenceRow(
    Guid Id, EvidenceKind Kind, string? Note, string? Url, string? FileName, long? Size, string? Metric, double? MetricValue,
    string AddedBy, DateTimeOffset AddedAt);

/// <summary>Everything the indicator page shows besides the indicator itself.</summary>
public sealed record IndicatorView(
    IReadOnlyList<LevelInfo> Levels, IReadOnlyList<MemberRating> Ratings, RatingSpread Spread, ConsensusInfo? Consensus,
    IReadOnlyList<EvidenceRow> EvidenceRows, IReadOnlyList<(Guid Id, string Text)> Metrics, bool IsPriority, int PriorityCount);

/// <summary>
/// Reads one indicator of a cycle for its page: the team's ratings, the consensus, the evidence,
/// the school's metrics and the cycle's priorities. An edit reads it only when it shows the form
/// again; otherwise it redirects, and the page that follows reads it once.
/// </summary>
public sealed class IndicatorQuery(BeaconDbContext db, CycleResults results)
{
    /// <summary>The indicator, when it belongs to the cycle's framework version.</summary>
    public Task<IndicatorInfo?> FindAsync(CycleView cycle, Guid indicatorId, CancellationToken cancellationToken) =>
        db.Indicators.Where(i => i.Id == indicatorId && i.FrameworkVersionId == cycle.VersionId)
            .Select(i => new IndicatorInfo(i.Id, i.Code, i.Text, i.Description, i.Citation, i.Domain!.Code + " · " + i.Domain.Name))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IndicatorView> LoadAsync(CycleView cycle, Guid indicatorId, CancellationToken cancellationToken)
    {
        var levels = await results.LevelsAsync(cycle.VersionId, cancellationToken);
        var ratings = await db.IndividualRatings.Where(r => r.CycleId == cycle.Id && r.IndicatorId == indicatorId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.DisplayName, r.Level, r.Comment })
            .OrderBy(r => r.Level).ThenBy(r => r.DisplayName)
            .Select(r => new MemberRating(r.DisplayName, r.Level, r.Comment))
            .ToListAsync(cancellationToken);
        var consensus = await db.ConsensusRatings.Where(c => c.CycleId == cycle.Id && c.IndicatorId == indicatorId)
            .Select(c => new ConsensusInfo(c.Level, c.Notes, c.UpdatedBy, c.UpdatedAt)).FirstOrDefaultAsync(cancellationToken);
        var evidence = await db.Evidence.Where(e => e.CycleId == cycle.Id && e.IndicatorId == indicatorId)
            .OrderBy(e => e.AddedAt)
            .Select(e => new EvidenceRow(
                e.Id, e.Kind, e.Note, e.Url, e.FileName, e.Size,
                e.SchoolMetric == null ? null : e.SchoolMetric.Measure!.Name + ", " + e.SchoolMetric.SchoolYear!.Name,
                e.SchoolMetric == null ? null : e.SchoolMetric.Value,
                e.AddedBy, e.AddedAt))
            .ToListAsync(cancellationToken);
        var priorities = await db.CyclePriorities.Where(p => p.CycleId == cycle.Id).Select(p => p.IndicatorId).ToListAsync(cancellationToken);
        var metrics = cycle.SchoolId is { } schoolId ? await MetricsAsync(schoolId, cancellationToken) : [];
        return new IndicatorView(levels, ratings, RatingSpread.Of(ratings.Select(r => r.Level), Math.Max(1, levels.Count)),
            consensus, evidence, metrics, priorities.Contains(indicatorId), priorities.Count);
    }

    /// <summary>The school's imported metrics a team may point to as evidence, newest year first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Text)>> MetricsAsync(Guid schoolId, CancellationToken cancellationToken) =>
        (await db.SchoolMetrics.Where(m => m.SchoolId == schoolId)
            .OrderByDescending(m => m.SchoolYear!.StartsOn).ThenBy(m => m.Measure!.Name)
            .Select(m => new { m.Id, Measure = m.Measure!.Name, Year = m.SchoolYear!.Name, m.Value })
            .ToListAsync(cancellationToken))
        .Select(m => (m.Id, $"{m.Measure}, {m.Year}: {m.Value.ToString("0.##", CultureInfo.InvariantCulture)}"))
        .ToList();
}
