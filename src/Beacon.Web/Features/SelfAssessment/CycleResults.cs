using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

public sealed record LevelInfo(int Value, string Label, string? Description);

public sealed record TeamMember(string UserId, string Name, int Rated);

public sealed record IndicatorResult(
    Guid IndicatorId, string DomainCode, string DomainName, string Code, string Text, string? Description,
    RatingSpread Spread, int? MyLevel, int? Consensus, string? ConsensusNotes, int Evidence, bool Priority);

/// <summary>Everything a cycle's results show: the rubric, each indicator's spread, consensus and priority, and the team.</summary>
public sealed record CycleResult(CycleView Cycle, IReadOnlyList<LevelInfo> Levels, IReadOnlyList<IndicatorResult> Indicators, IReadOnlyList<TeamMember> Team)
{
    public string LabelOf(int? level) =>
        level is { } value ? Levels.FirstOrDefault(l => l.Value == value)?.Label ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    public int Priorities => Indicators.Count(i => i.Priority);

    public int Agreed => Indicators.Count(i => i.Consensus is not null);
}

/// <summary>Loads a cycle's results for its page and its exports, counting ratings in the database.</summary>
public sealed class CycleResults(BeaconDbContext db, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<LevelInfo>> LevelsAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        await db.RubricLevels.Where(l => l.FrameworkVersionId == versionId).OrderBy(l => l.Value)
            .Select(l => new LevelInfo(l.Value, l.Label, l.Description)).ToListAsync(cancellationToken);

    public async Task<CycleResult> LoadAsync(CycleView cycle, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.Id;
        var levels = await LevelsAsync(cycle.VersionId, cancellationToken);
        var indicators = await db.Indicators.Where(i => i.FrameworkVersionId == cycle.VersionId)
            .OrderBy(i => i.Domain!.Position).ThenBy(i => i.Position)
            .Select(i => new { i.Id, DomainCode = i.Domain!.Code, DomainName = i.Domain.Name, i.Code, i.Text, i.Description })
            .ToListAsync(cancellationToken);
        var counts = (await db.IndividualRatings.Where(r => r.CycleId == cycle.Id)
                .GroupBy(r => new { r.IndicatorId, r.Level })
                .Select(g => new { g.Key.IndicatorId, g.Key.Level, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.IndicatorId);
        var mine = await db.IndividualRatings.Where(r => r.CycleId == cycle.Id && r.UserId == userId)
            .ToDictionaryAsync(r => r.IndicatorId, r => r.Level, cancellationToken);
        var consensus = await db.ConsensusRatings.Where(c => c.CycleId == cycle.Id)
            .ToDictionaryAsync(c => c.IndicatorId, c => new { c.Level, c.Notes }, cancellationToken);
        var evidence = await db.Evidence.Where(e => e.CycleId == cycle.Id).GroupBy(e => e.IndicatorId)
            .Select(g => new { IndicatorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.IndicatorId, g => g.Count, cancellationToken);
        var priorities = (await db.CyclePriorities.Where(p => p.CycleId == cycle.Id).Select(p => p.IndicatorId).ToListAsync(cancellationToken)).ToHashSet();
        var team = await TeamAsync(cycle.Id, cancellationToken);

        var results = indicators.Select(i => new IndicatorResult(
            i.Id, i.DomainCode, i.DomainName, i.Code, i.Text, i.Description,
            RatingSpread.Of(counts[i.Id].SelectMany(c => Enumerable.Repeat(c.Level, c.Count)), Math.Max(1, levels.Count)),
            mine.TryGetValue(i.Id, out var my) ? my : null,
            consensus.GetValueOrDefault(i.Id)?.Level,
            consensus.GetValueOrDefault(i.Id)?.Notes,
            evidence.GetValueOrDefault(i.Id),
            priorities.Contains(i.Id))).ToList();
        return new CycleResult(cycle, levels, results, team);
    }

    public async Task<IReadOnlyList<TeamMember>> TeamAsync(Guid cycleId, CancellationToken cancellationToken = default) =>
        await db.CycleMembers.Where(m => m.CycleId == cycleId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName })
            .OrderBy(u => u.DisplayName)
            .Select(u => new TeamMember(u.Id, u.DisplayName, db.IndividualRatings.Count(r => r.CycleId == cycleId && r.UserId == u.Id)))
            .ToListAsync(cancellationToken);
}
