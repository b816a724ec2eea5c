namespace Beacon.Web.Features.Staffing;

/// <summary>One school's claim in an allocation: its need weight and the fewest and most positions it may get.</summary>
public sealed record AllocationClaim(Guid SchoolId, string Name, double Need, decimal Minimum, decimal Maximum);

public sealed record AllocatedPositions(Guid SchoolId, string Name, double Need, decimal Positions);

public sealed record AllocationResult(IReadOnlyList<AllocatedPositions> Schools, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Distributes K extra positions across schools in proportion to need, within each school's
/// minimum and maximum, in whole or half positions. The proportional shares are found first
/// (shares are capped at the bounds and the rest re-spread among the others), then rounded by
/// largest remainder, ties going to the greater need. So the total is exactly K, every bound holds,
/// equal needs get shares that differ by at most one step, and (with equal bounds) a larger need
/// never gets fewer positions.
/// </summary>
public static class PositionAllocation
{
    public static AllocationResult Allocate(decimal total, decimal step, IReadOnlyList<AllocationClaim> claims)
    {
        var problems = Validate(total, step, claims);
        if (problems.Count > 0)
        {
            return new AllocationResult([], problems);
        }
        var units = (long)(total / step);
        var minimum = claims.Select(c => (long)(c.Minimum / step)).ToArray();
        var maximum = claims.Select(c => (long)(c.Maximum / step)).ToArray();
        // With no need recorded anywhere, the fair reading is an equal need for all.
        // A school with no need still takes what is left once every needier school is at its maximum:
        // a weight far below any real need keeps the order but lets the total always be reached.
        var largest = claims.Max(c => c.Need);
        var need = largest > 0
            ? claims.Select(c => c.Need + largest * 1e-7).ToArray()
            : claims.Select(_ => 1.0).ToArray();

        var shares = ProportionalShares(units, need, minimum, maximum);
        var floors = shares.Select(s => (long)Math.Floor(s + 1e-9)).ToArray();
        var left = units - floors.Sum();
        var order = Enumerable.Range(0, claims.Count)
            .Where(i => floors[i] < maximum[i])
            .OrderByDescending(i => Math.Round(shares[i] - floors[i], 9))
            .ThenByDescending(i => need[i])
            .ThenBy(i => i)
            .Take((int)left);
        foreach (var i in order)
        {
            floors[i]++;
        }
        // Floating-point shares a hair under a whole number can round up one too many; take it back
        // from the school whose share was furthest below what it got.
        for (var excess = -left; excess > 0; excess--)
        {
            var i = Enumerable.Range(0, claims.Count).Where(k => floors[k] > minimum[k]).MinBy(k => shares[k] - floors[k]);
            floors[i]--;
        }
        return new AllocationResult(
            claims.Select((c, i) => new AllocatedPositions(c.SchoolId, c.Name, c.Need, floors[i] * step)).ToList(), []);
    }

    private static List<string> Validate(decimal total, decimal step, IReadOnlyList<AllocationClaim> claims)
    {
        var problems = new List<string>();
        if (step is not (1m or 0.5m))
        {
            problems.Add("Positions are allocated in whole or half positions: choose a step of 1 or 0.5.");
            return problems;
        }
        if (total < 0 || total % step != 0)
        {
            problems.Add($"The number of positions must be zero or more, in steps of {step}.");
        }
        if (claims.Count == 0)
        {
            problems.Add("Choose at least one school to receive positions.");
        }
        foreach (var claim in claims)
        {
            if (claim.Need < 0 || double.IsNaN(claim.Need))
            {
                problems.Add($"{claim.Name}: the need weight must be zero or more.");
            }
            if (claim.Minimum < 0 || claim.Minimum > claim.Maximum || claim.Minimum % step != 0 || claim.Maximum % step != 0)
            {
                problems.Add($"{claim.Name}: the minimum and maximum must be in steps of {step}, with the minimum not above the maximum.");
            }
        }
        if (problems.Count == 0)
        {
            var least = claims.Sum(c => c.Minimum);
            var most = claims.Sum(c => c.Maximum);
            if (total < least)
            {
                problems.Add($"The schools' minimums add up to {least} positions, more than the {total} to allocate: lower some minimums or allocate more.");
            }
            else if (total > most)
            {
                problems.Add($"The schools' maximums add up to {most} positions, fewer than the {total} to allocate: raise some maximums or allocate fewer.");
            }
        }
        return problems;
    }

    /// <summary>Finds λ with Σ clamp(λ·need, min, max) = units by bisection; the function rises with λ.</summary>
    private static double[] ProportionalShares(long units, double[] need, long[] minimum, long[] maximum)
    {
        double Sum(double lambda) => need.Select((n, i) => Math.Clamp(lambda * n, minimum[i], maximum[i])).Sum();
        double low = 0, high = 1;
        while (Sum(high) < units && high < 1e15)
        {
            high *= 2;
        }
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var middle = (low + high) / 2;
            if (Sum(middle) < units)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return need.Select((n, i) => Math.Clamp(high * n, minimum[i], maximum[i])).ToArray();
    }
}
