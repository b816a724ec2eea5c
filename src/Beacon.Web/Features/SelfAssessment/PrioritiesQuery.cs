using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SelfAssessment;

public sealed record PrioritySummary(Guid FrameworkId, string Framework, string Code, string Text, int Count);

public sealed record PriorityRow(
    string Framework, string Code, string Text, string? School, Guid CycleId, string Cycle, CycleStatus Status, int? Consensus, string? ConsensusLabel);

public sealed record PriorityKey(Guid CycleId, Guid? SchoolId, Guid IndicatorId, Plans.IndicatorKey Key, string Label);

/// <summary>
/// The priorities across the district: those of the most recent cycle of each framework for the
/// district and for each school, so a school's old priorities do not linger once it assesses again.
/// </summary>
public sealed class PrioritiesQuery(BeaconDbContext db)
{
    public async Task<IReadOnlyList<PrioritySummary>> SummaryAsync(Guid? frameworkId, CancellationToken cancellationToken = default) =>
        (await Chosen(frameworkId)
            .Select(x => new { x.Cycle.FrameworkId, Framework = x.Cycle.Framework!.Name, x.Indicator.Code, x.Indicator.Text })
            .GroupBy(x => new { x.FrameworkId, x.Framework, x.Code })
            .Select(g => new { g.Key.FrameworkId, g.Key.Framework, g.Key.Code, Text = g.Max(x => x.Text), Count = g.Count() })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Framework).ThenBy(s => s.Code)
            .ToListAsync(cancellationToken))
        .Select(s => new PrioritySummary(s.FrameworkId, s.Framework, s.Code, s.Text ?? "", s.Count))
        .ToList();

    public Task<int> CountAsync(Guid? frameworkId, CancellationToken cancellationToken = default) => Chosen(frameworkId).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<PriorityRow>> ListAsync(Guid? frameworkId, int skip, int take, CancellationToken cancellationToken = default) =>
        await (from x in Chosen(frameworkId)
               orderby x.Cycle.Framework!.Name, x.Indicator.Code, x.Cycle.School!.Name
               let consensus = db.ConsensusRatings.Where(r => r.CycleId == x.Cycle.Id && r.IndicatorId == x.Indicator.Id).Select(r => (int?)r.Level).FirstOrDefault()
               select new PriorityRow(
                   x.Cycle.Framework!.Name, x.Indicator.Code, x.Indicator.Text, x.Cycle.School!.Name, x.Cycle.Id, x.Cycle.Name, x.Cycle.Status, consensus,
                   db.RubricLevels.Where(l => l.FrameworkVersionId == x.Cycle.FrameworkVersionId && l.Value == consensus).Select(l => l.Label).FirstOrDefault()))
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>Each current priority with the scope that chose it and how it is known across framework versions.</summary>
    public async Task<IReadOnlyList<PriorityKey>> KeysAsync(CancellationToken cancellationToken = default) =>
        (await Chosen(null)
            .Select(x => new { CycleId = x.Cycle.Id, x.Cycle.SchoolId, School = x.Cycle.School!.Name, x.Cycle.FrameworkId, Framework = x.Cycle.Framework!.Name, IndicatorId = x.Indicator.Id, x.Indicator.Code, x.Indicator.Text })
            .ToListAsync(cancellationToken))
        .Select(x => new PriorityKey(x.CycleId, x.SchoolId, x.IndicatorId, new Plans.IndicatorKey(x.FrameworkId, x.Code),
            $"{x.Framework} {x.Code}: {x.Text} ({x.School ?? "district"})"))
        .ToList();

    /// <summary>Each priority of the latest cycle per framework and scope, with its cycle and indicator.</summary>
    private IQueryable<Chosen> Chosen(Guid? frameworkId)
    {
        var latest = db.AssessmentCycles.Where(c =>
            (frameworkId == null || c.FrameworkId == frameworkId)
            && !db.AssessmentCycles.Any(o => o.FrameworkId == c.FrameworkId && o.SchoolId == c.SchoolId && o.OpenedAt > c.OpenedAt));
        return from p in db.CyclePriorities
               join c in latest on p.CycleId equals c.Id
               join i in db.Indicators on p.IndicatorId equals i.Id
               select new Chosen { Cycle = c, Indicator = i };
    }
}

// A class with settable members rather than a positional record: EF Core can see through member initialisers, not constructors.
internal sealed class Chosen
{
    public required AssessmentCycle Cycle { get; init; }
    public required Frameworks.Indicator Indicator { get; init; }
}
