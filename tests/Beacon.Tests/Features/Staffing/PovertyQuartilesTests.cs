using Beacon.Web.Features.Staffing;
using CsCheck;

namespace Beacon.Tests.Features.Staffing;

public class PovertyQuartilesTests
{
    private static SchoolPoverty School(string name, double? poverty) => new(Guid.NewGuid(), name, poverty);

    [Fact]
    public void Split_EightDistinctSchools_TwoPerQuartileLowestPovertyFirst()
    {
        var schools = new[] { 90.0, 10, 50, 30, 70, 20, 60, 80 }.Select((p, i) => School($"S{i}", p)).ToList();

        var split = PovertyQuartiles.Split(schools);

        Assert.Empty(split.Unranked);
        Assert.Equal([10.0, 20], split.Ranked.Where(r => r.Quartile == 1).Select(r => r.PovertyPercent).Order());
        Assert.Equal([30.0, 50], split.Ranked.Where(r => r.Quartile == 2).Select(r => r.PovertyPercent).Order());
        Assert.Equal([60.0, 70], split.Ranked.Where(r => r.Quartile == 3).Select(r => r.PovertyPercent).Order());
        Assert.Equal([80.0, 90], split.Ranked.Where(r => r.Quartile == 4).Select(r => r.PovertyPercent).Order());
    }

    [Fact]
    public void Split_TiedPovertyAcrossABoundary_TiedSchoolsShareOneQuartile()
    {
        var schools = new[] { 10.0, 20, 40, 40, 40, 60, 70, 80 }.Select((p, i) => School($"S{i}", p)).ToList();

        var split = PovertyQuartiles.Split(schools);

        var tied = split.Ranked.Where(r => r.PovertyPercent == 40).Select(r => r.Quartile).Distinct().ToList();
        Assert.Single(tied);
        Assert.Equal(2, tied[0]);
    }

    [Fact]
    public void Split_MissingPoverty_SchoolIsUnrankedWithReason()
    {
        var schools = new[] { 10.0, 20, 30, 40 }.Select((p, i) => School($"S{i}", p)).Append(School("No Data School", null)).ToList();

        var split = PovertyQuartiles.Split(schools);

        Assert.Equal(4, split.Ranked.Count);
        var unranked = Assert.Single(split.Unranked);
        Assert.Equal("No Data School", unranked.Name);
        Assert.Contains("No poverty share", unranked.Reason);
    }

    [Fact]
    public void Split_FewerThanFourSchoolsWithData_AllUnrankedSayingWhy()
    {
        var schools = new[] { School("A", 10), School("B", 50), School("C", 90), School("D", null) };

        var split = PovertyQuartiles.Split(schools);

        Assert.Empty(split.Ranked);
        Assert.Equal(4, split.Unranked.Count);
        Assert.Contains("at least 4 schools", split.Unranked.Single(u => u.Name == "A").Reason);
    }

    [Fact]
    public void Split_AnySchools_QuartileNeverFallsAsPovertyRises()
    {
        Gen.Double[0, 100].Array[4, 60].Sample(values =>
        {
            var split = PovertyQuartiles.Split(values.Select((p, i) => School($"S{i}", Math.Round(p))));
            var ordered = split.Ranked.OrderBy(r => r.PovertyPercent).ToList();
            return ordered.Zip(ordered.Skip(1)).All(pair => pair.First.Quartile <= pair.Second.Quartile)
                && split.Ranked.All(r => r.Quartile is >= 1 and <= 4)
                && split.Ranked.Count == values.Length;
        });
    }
}
