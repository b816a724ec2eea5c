using Beacon.Web.Features.Staffing;
using CsCheck;

namespace Beacon.Tests.Features.Staffing;

public class PositionAllocationTests
{
    private static AllocationClaim Claim(string name, double need, decimal min = 0, decimal max = 100) => new(Guid.NewGuid(), name, need, min, max);

    [Fact]
    public void Allocate_NeedsInProportion_GivesProportionalWholePositions()
    {
        var result = PositionAllocation.Allocate(10, 1, [Claim("A", 3), Claim("B", 1), Claim("C", 1)]);

        Assert.True(result.Succeeded);
        Assert.Equal([6m, 2m, 2m], result.Schools.Select(s => s.Positions));
    }

    [Fact]
    public void Allocate_ShareAboveMaximum_CapsItAndSpreadsTheRest()
    {
        var result = PositionAllocation.Allocate(10, 1, [Claim("A", 8, max: 3), Claim("B", 1), Claim("C", 1)]);

        Assert.Equal(3m, result.Schools[0].Positions);
        Assert.Equal(10m, result.Schools.Sum(s => s.Positions));
        Assert.True(Math.Abs(result.Schools[1].Positions - result.Schools[2].Positions) <= 1, "equal needs share the rest evenly");
    }

    [Fact]
    public void Allocate_HalfPositions_SumsExactlyInHalves()
    {
        var result = PositionAllocation.Allocate(2.5m, 0.5m, [Claim("A", 1), Claim("B", 1), Claim("C", 1)]);

        Assert.Equal(2.5m, result.Schools.Sum(s => s.Positions));
        Assert.All(result.Schools, s => Assert.Equal(0m, s.Positions % 0.5m));
    }

    [Fact]
    public void Allocate_MinimumsAboveTotal_RefusedSayingByHowMuch()
    {
        var result = PositionAllocation.Allocate(2, 1, [Claim("A", 1, min: 2), Claim("B", 1, min: 1)]);

        Assert.False(result.Succeeded);
        Assert.Contains("minimums add up to 3", Assert.Single(result.Problems));
    }

    [Fact]
    public void Allocate_StepOtherThanWholeOrHalf_Refused()
    {
        var result = PositionAllocation.Allocate(3, 0.25m, [Claim("A", 1)]);

        Assert.Contains("whole or half", Assert.Single(result.Problems));
    }

    private static readonly Gen<(decimal Step, int Units, (double Need, int Min, int Max)[] Schools)> Scenarios =
        from step in Gen.Bool.Select(whole => whole ? 1m : 0.5m)
        from schools in Gen.Select(Gen.Int[0, 12].Select(n => n / 2.0), Gen.Int[0, 2], Gen.Int[0, 6]).Array[1, 25]
        let bounded = schools.Select(s => (s.Item1, s.Item2, s.Item2 + s.Item3)).ToArray()
        from units in Gen.Int[bounded.Sum(s => s.Item2), bounded.Sum(s => s.Item3)]
        select (step, units, bounded);

    [Fact]
    public void Allocate_AnyFeasibleScenario_SumsToKAndRespectsBounds()
    {
        Scenarios.Sample(scenario =>
        {
            var claims = scenario.Schools.Select((s, i) => Claim($"S{i}", s.Need, s.Min * scenario.Step, s.Max * scenario.Step)).ToList();
            var total = scenario.Units * scenario.Step;
            var result = PositionAllocation.Allocate(total, scenario.Step, claims);
            return result.Succeeded
                && result.Schools.Sum(s => s.Positions) == total
                && result.Schools.Zip(claims).All(p => p.First.Positions >= p.Second.Minimum && p.First.Positions <= p.Second.Maximum)
                && result.Schools.All(s => s.Positions % scenario.Step == 0);
        });
    }

    [Fact]
    public void Allocate_EqualBounds_LargerNeedNeverGetsFewerAndEqualNeedsDifferByAtMostOneStep()
    {
        var gen = from needs in Gen.Int[0, 10].Array[2, 20]
                  from max in Gen.Int[1, 8]
                  from units in Gen.Int[0, needs.Length * max]
                  select (needs, max, units);
        gen.Sample(s =>
        {
            var claims = s.needs.Select((n, i) => Claim($"S{i}", n, 0, s.max)).ToList();
            var result = PositionAllocation.Allocate(s.units, 1, claims).Schools;
            var pairs = from a in result from b in result select (a, b);
            return pairs.All(p =>
                (p.a.Need <= p.b.Need || p.a.Positions >= p.b.Positions)
                && (p.a.Need != p.b.Need || Math.Abs(p.a.Positions - p.b.Positions) <= 1));
        });
    }
}
