namespace Beacon.Web.Features.SelfAssessment;

/// <summary>How a team's individual ratings of one indicator spread over the rubric's levels.</summary>
public sealed class RatingSpread
{
    private RatingSpread(int[] counts) => Counts = counts;

    /// <summary>How many members chose each level; index 0 is level 1.</summary>
    public IReadOnlyList<int> Counts { get; }

    public int Total => Counts.Sum();

    public int? Lowest => Total == 0 ? null : Enumerable.Range(0, Counts.Count).First(i => Counts[i] > 0) + 1;

    public int? Highest => Total == 0 ? null : Enumerable.Range(0, Counts.Count).Last(i => Counts[i] > 0) + 1;

    /// <summary>Every member chose the same level.</summary>
    public bool Unanimous => Total > 0 && Lowest == Highest;

    /// <summary>Members are two or more levels apart: worth talking through before recording a consensus.</summary>
    public bool Divided => Total > 0 && Highest - Lowest >= 2;

    /// <summary>The level chosen most often; null when nobody rated or when levels tie for most.</summary>
    public int? Mode
    {
        get
        {
            var most = Counts.DefaultIfEmpty(0).Max();
            return most == 0 || Counts.Count(c => c == most) > 1 ? null : Counts.ToList().IndexOf(most) + 1;
        }
    }

    public int CountAt(int level) => level >= 1 && level <= Counts.Count ? Counts[level - 1] : 0;

    /// <param name="levels">The members' ratings, each a level 1..<paramref name="levelCount"/>.</param>
    /// <param name="levelCount">The number of levels in the rubric.</param>
    public static RatingSpread Of(IEnumerable<int> levels, int levelCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levelCount, 1);
        var counts = new int[levelCount];
        foreach (var level in levels)
        {
            if (level < 1 || level > levelCount)
            {
                throw new ArgumentOutOfRangeException(nameof(levels), level, $"A rating must be a level from 1 to {levelCount}.");
            }
            counts[level - 1]++;
        }
        return new RatingSpread(counts);
    }
}
