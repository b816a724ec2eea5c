using System.Diagnostics;

namespace Beacon.Bench.Shared;

/// <summary>Median and 95th percentile of repeated runs, after one warm-up run.</summary>
public sealed record Timing(TimeSpan Median, TimeSpan P95, int Runs)
{
    public static async Task<Timing> MeasureAsync(int runs, Func<Task> work)
    {
        await work();
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed);
        }
        return Of(times);
    }

    public static Timing Of(IReadOnlyCollection<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        return new Timing(sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.95) - 1)], sorted.Length);
    }
}
