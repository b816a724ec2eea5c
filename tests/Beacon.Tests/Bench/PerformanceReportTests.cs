extern alias bench;
using bench::Beacon.Bench.Report;
using bench::Beacon.Bench.Shared;

namespace Beacon.Tests.Bench;

public class PerformanceReportTests
{
    [Fact]
    public void Render_TwoScales_ShowsEachRatioAtBothAndItsChange()
    {
        BenchResult[] rows =
        [
            new("load", "SQLite", "district", "schools list requests/s", 720, "requests/s", "one-query endpoint requests/s", 2000),
            new("load", "SQLite", "metro", "schools list requests/s", 180, "requests/s", "one-query endpoint requests/s", 2000),
            new("load", "SQLite", "metro", "peak working set (one node)", 300, "MB", "working set after start-up and sign-in", 200),
        ];

        var text = PerformanceReport.Render(rows, "test machine", new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), "bench/run.sh --scale metro");

        Assert.Contains("## How each ratio changes with the district's size", text);
        Assert.Contains("| SQLite | schools list requests/s | district | 0.36 | metro | 0.09 | ×0.25 |", text);
        Assert.DoesNotContain("| SQLite | peak working set (one node) | district", text);
    }

    [Fact]
    public void Render_OneScale_NoChangeTable()
    {
        BenchResult[] rows = [new("load", "SQLite", "demo", "schools list requests/s", 700, "requests/s", "one-query endpoint requests/s", 1000)];

        var text = PerformanceReport.Render(rows, "test machine", DateTimeOffset.UnixEpoch, "bench/run.sh --scale demo");

        Assert.Contains("| SQLite | demo | schools list requests/s | 700 requests/s |", text);
        Assert.DoesNotContain("How each ratio changes", text);
    }
}
