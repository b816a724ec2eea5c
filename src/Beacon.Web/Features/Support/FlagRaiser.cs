using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support;

/// <summary>Runs the district's flag rules over the latest year and records a flag for each new finding.</summary>
public sealed class FlagRaiser(BeaconDbContext db, PerformanceQuery performance)
{
    /// <summary>
    /// Raises the flags the rules find, except where the same rule already has an unresolved flag on
    /// the school for that year: running the rules twice does not double the list. Returns how many were raised.
    /// </summary>
    public async Task<int> RaiseAsync(string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await performance.LoadPerformanceAsync(cancellationToken);
        if (table.LatestYear is not { } year)
        {
            return 0;
        }
        var found = FlagRules.Apply(table.Schools.Select(s => s.AsScores()).ToList(), table.Settings.Rules);
        var existing = (await db.SchoolFlags
                .Where(f => f.Origin == FlagOrigin.Rule && f.Status != FlagStatus.Resolved && f.YearName == year)
                .Select(f => new { f.SchoolId, f.Rule })
                .ToListAsync(cancellationToken))
            .Select(f => (f.SchoolId, f.Rule))
            .ToHashSet();
        var raised = 0;
        foreach (var finding in found.Where(f => !existing.Contains((f.SchoolId, f.Rule))))
        {
            db.SchoolFlags.Add(NewFlag(finding.SchoolId, FlagOrigin.Rule, finding.Rule, year, finding.Reason, by, at));
            raised++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    public static SchoolFlag NewFlag(Guid schoolId, FlagOrigin origin, FlagRule? rule, string? year, string reason, string by, DateTimeOffset at)
    {
        var flag = new SchoolFlag
        {
            Id = Guid.CreateVersion7(),
            SchoolId = schoolId,
            Origin = origin,
            Rule = rule,
            YearName = year,
            Reason = reason,
            Status = FlagStatus.Open,
            RaisedAt = at,
            RaisedBy = by,
        };
        flag.Events.Add(new FlagEvent { Id = Guid.CreateVersion7(), FlagId = flag.Id, Status = FlagStatus.Open, Note = $"Raised: {reason}", By = by, At = at });
        return flag;
    }
}
