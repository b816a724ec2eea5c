using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Beacon.Bench.Shared;

namespace Beacon.Bench.Report;

/// <summary>
/// Writes docs/performance.md from the rows the benchmarks appended to one results file:
/// a table per benchmark with each figure, its reference from the same run and the ratio,
/// headed by the machine, the date and the command that produced it.
/// </summary>
public static class PerformanceReport
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchOptions(args);
        var results = options.ResultsFile ?? throw new ArgumentException("report needs --results FILE (the file the benchmarks wrote)");
        var output = options.Text("--out", "docs/performance.md");
        var command = options.Text("--command", "bench/run.sh");
        var rows = (await File.ReadAllLinesAsync(results)).Skip(1).Where(l => l.Length > 0).Select(BenchResult.FromTsv).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, Render(rows, Machine(), DateTimeOffset.UtcNow, command));
        Console.WriteLine($"Wrote {output} ({rows.Count} figures).");
    }

    public static string Render(IReadOnlyList<BenchResult> rows, string machine, DateTimeOffset when, string command)
    {
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine("Every figure below sits next to a reference measured in the same run on the same machine, so the");
        text.AppendLine("ratio says more than the figure: it is how far the page, import or report is from the fastest");
        text.AppendLine("thing the same stack can do with the same data. Produced by one command (see bench/README.md):");
        text.AppendLine();
        text.AppendLine($"    {command}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {when:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Scales: {string.Join(", ", rows.Select(r => r.Scale).Distinct())} (see bench/README.md for what each holds)");
        text.AppendLine();
        text.AppendLine("Reading the figures: wrk, nginx, PostgreSQL and every Beacon node run on this same machine. With");
        text.AppendLine("two cores, a second node adds no cores, so \"two nodes through nginx\" shows that sign-ins and load");
        text.AppendLine("are shared across nodes, not the gain a second machine brings. Requests per second: higher is");
        text.AppendLine("better; latency and times: lower is better; the import's rows per second count users.csv rows.");
        foreach (var benchmark in rows.GroupBy(r => r.Benchmark))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {benchmark.Key}");
            text.AppendLine();
            text.AppendLine("| Provider | Scale | Measure | Figure | Reference | Reference figure | Ratio |");
            text.AppendLine("|---|---|---|--:|---|--:|--:|");
            foreach (var row in benchmark)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {row.Provider} | {row.Scale} | {row.Measure} | {Figure(row.Figure, row.Unit)} | {row.Reference} | {Figure(row.ReferenceFigure, row.Unit)} | {row.RatioText} |");
            }
        }
        AppendScaleChange(text, rows);
        return text.ToString();
    }

    /// <summary>
    /// When the run measured more than one scale: each measure's ratio at the smallest and the largest,
    /// and their quotient. A page whose cost does not grow with the district keeps its ratio (about 1).
    /// </summary>
    private static void AppendScaleChange(StringBuilder text, IReadOnlyList<BenchResult> rows)
    {
        var scales = rows.Select(r => r.Scale).Distinct().ToList();
        var pairs = rows.GroupBy(r => (r.Benchmark, r.Provider, r.Measure, r.Reference))
            .Select(g => g.ToList()).Where(g => g.Select(r => r.Scale).Distinct().Count() > 1)
            .Select(g => (Small: g.MinBy(r => scales.IndexOf(r.Scale))!, Large: g.MaxBy(r => scales.IndexOf(r.Scale))!))
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }
        text.AppendLine();
        text.AppendLine("## How each ratio changes with the district's size");
        text.AppendLine();
        text.AppendLine("For requests per second a falling ratio means the page slows as the district grows; for times and");
        text.AppendLine("latencies a rising one does.");
        text.AppendLine();
        text.AppendLine("| Provider | Measure | Smaller scale | Ratio | Larger scale | Ratio | Change |");
        text.AppendLine("|---|---|---|--:|---|--:|--:|");
        foreach (var (small, large) in pairs)
        {
            var change = large.Ratio / small.Ratio;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {small.Provider} | {small.Measure} | {small.Scale} | {small.RatioText} | {large.Scale} | {large.RatioText} | ×{change.ToString("G3", CultureInfo.InvariantCulture)} |");
        }
    }

    private static string Figure(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:#,##0.##} {unit}");

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {memory:0} GiB memory, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
