namespace Beacon.Web.Ui.Charts;

/// <summary>One stretch of a stacked bar: where it starts and how wide it is.</summary>
public readonly record struct Segment(int Index, double Start, double Width);

/// <summary>The geometry of one stacked bar: each count gets a width proportional to its share of the total.</summary>
public static class StackedBar
{
    /// <summary>
    /// Segments for <paramref name="counts"/> across <paramref name="width"/>, in order, zero counts
    /// included (with zero width). Each starts where the previous ends and the last ends exactly at
    /// the width, so rounding never leaves a gap or an overhang. No segments when the total is zero.
    /// </summary>
    public static IReadOnlyList<Segment> Split(IReadOnlyList<int> counts, double width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), "A count cannot be negative.");
        }
        long total = counts.Sum(c => (long)c);
        if (total == 0)
        {
            return [];
        }
        var segments = new List<Segment>(counts.Count);
        long before = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var start = width * before / total;
            before += counts[i];
            var end = before == total ? width : width * before / total;
            segments.Add(new Segment(i, start, end - start));
        }
        return segments;
    }

    /// <summary>Whole percentages of each count that add up to 100 (largest remainders), as people expect of a bar's labels.</summary>
    public static IReadOnlyList<int> Percentages(IReadOnlyList<int> counts)
    {
        long total = counts.Sum(c => (long)c);
        if (total == 0)
        {
            return counts.Select(_ => 0).ToList();
        }
        var exact = counts.Select(c => c * 100.0 / total).ToList();
        var whole = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = 100 - whole.Sum();
        foreach (var i in Enumerable.Range(0, counts.Count).OrderByDescending(i => exact[i] - whole[i]).ThenBy(i => i).Take(left))
        {
            whole[i]++;
        }
        return whole;
    }
}
