using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>The settings a leader chooses for a new allocation scenario.</summary>
public sealed record ScenarioSettings(
    string Name, string PositionKind, Guid SchoolYearId, decimal TotalPositions, decimal Step,
    decimal CostPerPosition, decimal DefaultMinimum, decimal DefaultMaximum);

/// <summary>
/// Creates, recalculates and decides allocation scenarios. Need is each school's poverty share in
/// the scenario's year; the arithmetic is <see cref="PositionAllocation"/>'s.
/// </summary>
public sealed class ScenarioPlanner(BeaconDbContext db, EquityQuery equity, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<(AllocationScenario? Scenario, IReadOnlyList<string> Problems)> CreateAsync(
        ScenarioSettings settings, CancellationToken cancellationToken = default)
    {
        var schools = await equity.SchoolsAsync(settings.SchoolYearId, 0, cancellationToken);
        var claims = schools
            .OrderBy(s => s.Name)
            .Select(s => new AllocationClaim(s.SchoolId, s.Name, s.PovertyPercent ?? 0, settings.DefaultMinimum, settings.DefaultMaximum))
            .ToList();
        var result = PositionAllocation.Allocate(settings.TotalPositions, settings.Step, claims);
        if (!result.Succeeded)
        {
            return (null, result.Problems);
        }
        var scenario = new AllocationScenario
        {
            Name = settings.Name.Trim(),
            PositionKind = settings.PositionKind.Trim(),
            SchoolYearId = settings.SchoolYearId,
            TotalPositions = settings.TotalPositions,
            Step = settings.Step,
            CostPerPosition = settings.CostPerPosition,
        };
        scenario.Schools.AddRange(result.Schools.Zip(claims).Select(pair => new ScenarioSchool
        {
            SchoolId = pair.First.SchoolId,
            Need = pair.First.Need,
            Minimum = pair.Second.Minimum,
            Maximum = pair.Second.Maximum,
            Positions = pair.First.Positions,
        }));
        db.AllocationScenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return (scenario, []);
    }

    /// <summary>Applies new per-school bounds and allocates again; nothing changes if they cannot be met.</summary>
    public async Task<IReadOnlyList<string>> RecalculateAsync(
        AllocationScenario scenario, IReadOnlyDictionary<Guid, (decimal Minimum, decimal Maximum)> bounds, CancellationToken cancellationToken = default)
    {
        var rows = scenario.Schools.OrderBy(s => s.School?.Name).ToList();
        var claims = rows.Select(r =>
        {
            var (min, max) = bounds.TryGetValue(r.SchoolId, out var b) ? b : (r.Minimum, r.Maximum);
            return new AllocationClaim(r.SchoolId, r.School?.Name ?? "a school", r.Need, min, max);
        }).ToList();
        var result = PositionAllocation.Allocate(scenario.TotalPositions, scenario.Step, claims);
        if (!result.Succeeded)
        {
            return result.Problems;
        }
        foreach (var (row, (allocated, claim)) in rows.Zip(result.Schools.Zip(claims)))
        {
            row.Minimum = claim.Minimum;
            row.Maximum = claim.Maximum;
            row.Positions = allocated.Positions;
        }
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Records the scenario as the decision for its year and kind of position: it replaces any earlier
    /// decision for the same year and kind, and its positions become the schools' extra staffing.
    /// </summary>
    public Task DecideAsync(AllocationScenario scenario, string rationale, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async cancellationToken =>
    {
        var earlier = await db.AllocationScenarios
            .Where(s => s.IsDecision && s.SchoolYearId == scenario.SchoolYearId && s.PositionKind == scenario.PositionKind && s.Id != scenario.Id)
            .ToListAsync(cancellationToken);
        foreach (var previous in earlier)
        {
            previous.IsDecision = false;
        }
        db.ExtraPositions.RemoveRange(await db.ExtraPositions
            .Where(p => p.SchoolYearId == scenario.SchoolYearId && p.PositionKind == scenario.PositionKind)
            .ToListAsync(cancellationToken));
        scenario.IsDecision = true;
        scenario.DecisionRationale = rationale.Trim();
        scenario.DecidedAt = clock.GetUtcNow();
        scenario.DecidedBy = currentUser.Name;
        db.ExtraPositions.AddRange(scenario.Schools.Where(s => s.Positions > 0).Select(s => new ExtraPosition
        {
            SchoolId = s.SchoolId,
            SchoolYearId = scenario.SchoolYearId,
            PositionKind = scenario.PositionKind,
            Positions = s.Positions,
            ScenarioId = scenario.Id,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return (true, true);
    }, cancellationToken);
}
