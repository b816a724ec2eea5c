using Beacon.Web.Ui.Charts;
using CsCheck;

namespace Beacon.Tests.Web.Charts;

/// <summary>The geometry of stacked bars and sparklines: widths add up, follow the figures, and stay inside their box.</summary>
public class StackedBarTests
{
    private static readonly Gen<int[]> Counts = Gen.Int[0, 1000].Array[1, 8];

    [Fact]
    public void Split_AnyCounts_SegmentsTileTheWidthInProportionToTheCounts() =>
        Gen.Select(Counts, Gen.Double[1, 2000]).Sample((counts, width) =>
        {
            var segments = StackedBar.Split(counts, width);
            var total = counts.Sum();
            if (total == 0)
            {
                Assert.Empty(segments);
                return;
            }
            Assert.Equal(counts.Length, segments.Count);
            Assert.Equal(width, segments.Sum(s => s.Width), 6);
            Assert.Equal(0, segments[0].Start);
            Assert.Equal(width, segments[^1].Start + segments[^1].Width, 9);
            for (var i = 0; i < counts.Length; i++)
            {
                Assert.Equal(i, segments[i].Index);
                Assert.Equal(width * counts[i] / total, segments[i].Width, 6);
                Assert.True(segments[i].Width >= 0);
                if (i > 0)
                {
                    Assert.Equal(segments[i - 1].Start + segments[i - 1].Width, segments[i].Start, 9);
                }
            }
        });

    [Fact]
    public void Split_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StackedBar.Split([1, -1], 100));

    [Fact]
    public void Percentages_AnyCounts_AddUpTo100AndEachWithinOneOfItsShare() =>
        Counts.Sample(counts =>
        {
            var percentages = StackedBar.Percentages(counts);
            var total = counts.Sum();
            if (total == 0)
            {
                Assert.All(percentages, p => Assert.Equal(0, p));
                return;
            }
            Assert.Equal(100, percentages.Sum());
            for (var i = 0; i < counts.Length; i++)
            {
                Assert.True(Math.Abs(percentages[i] - counts[i] * 100.0 / total) < 1, $"{percentages[i]}% for {counts[i]} of {total}");
            }
        });

    [Fact]
    public void Points_AnyValues_EvenlySpacedInsideTheBoxAndHigherValuesHigher() =>
        Gen.Double[-1000, 1000].Nullable().Array[1, 10].Sample(values =>
        {
            var points = Sparkline.Points(values, 80, 20);
            Assert.Equal(values.Length, points.Count);
            for (var i = 0; i < values.Length; i++)
            {
                Assert.Equal(values[i] is null, points[i] is null);
                if (points[i] is { } p)
                {
                    Assert.InRange(p.X, 0, 80);
                    Assert.InRange(p.Y, -1e-9, 20 + 1e-9);
                    Assert.Equal(values.Length == 1 ? 40 : 80.0 * i / (values.Length - 1), p.X, 9);
                }
                for (var j = 0; j < values.Length; j++)
                {
                    if (values[i] > values[j] && points[i] is { } a && points[j] is { } b)
                    {
                        Assert.True(a.Y <= b.Y, "a higher value is drawn lower");
                    }
                }
            }
        });

    [Fact]
    public void Build_RowNotShown_SaysSoAndDrawsNoBar()
    {
        var chart = StackedBarChart.Build("Agreement by group", ["No", "Yes"],
            [new StackedBarRow("Teachers", [2, 8], "80% agree"), new StackedBarRow("Leaders", null, "not shown: too few responses")]);

        var svg = SvgChart.Render(chart);
        var rows = chart.Shapes.OfType<ShapeGroup>().ToList();

        Assert.Equal(2, rows[0].Shapes.OfType<Box>().Count());
        Assert.Equal("2,8", rows[0].Data["counts"]);
        Assert.Empty(rows[1].Shapes.OfType<Box>());
        Assert.False(rows[1].Data.ContainsKey("counts"));
        Assert.Equal("false", rows[1].Data["shown"]);
        Assert.Contains("not shown: too few responses", svg);
        Assert.Contains("data-label=\"Leaders\" data-shown=\"false\"", svg);
        Assert.Contains("role=\"img\" aria-label=\"Agreement by group\"", svg);
        Assert.Contains("<title>Teachers: Yes 8 (80%)</title>", svg);
    }
}
