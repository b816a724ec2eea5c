using Beacon.Web.Data;
using Beacon.Web.Features.SelfAssessment;
using CsCheck;
using static Beacon.Web.Features.SelfAssessment.RatingMerge;

namespace Beacon.Tests.Features.SelfAssessment;

public class RatingMergeTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly HashSet<Guid> Cycle = [A, B, C];

    [Fact]
    public void Merge_NewLevel_AddsARatingWithTheTrimmedComment()
    {
        var changes = Merge(new Dictionary<Guid, Rating>(), [new Submitted(A, 2, "  seen in most rooms ")], Cycle);

        Assert.Equal([new Rating(A, 2, "seen in most rooms")], changes.Added);
        Assert.Empty(changes.Changed);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Merge_LevelTakenAway_RemovesTheRating()
    {
        var changes = Merge(new Dictionary<Guid, Rating> { [A] = new(A, 3, null) }, [new Submitted(A, null, "ignored")], Cycle);

        Assert.Equal([A], changes.Removed);
        Assert.Empty(changes.Added);
    }

    [Fact]
    public void Merge_SameLevelAndBlankComment_ChangesNothing()
    {
        var changes = Merge(new Dictionary<Guid, Rating> { [A] = new(A, 3, null) }, [new Submitted(A, 3, "   ")], Cycle);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Merge_CommentEdited_ChangesTheRating()
    {
        var changes = Merge(new Dictionary<Guid, Rating> { [A] = new(A, 3, "old") }, [new Submitted(A, 3, "new")], Cycle);

        Assert.Equal([new Rating(A, 3, "new")], changes.Changed);
    }

    [Fact]
    public void Merge_IndicatorOutsideTheCycleOrRepeated_IsIgnored()
    {
        var changes = Merge(new Dictionary<Guid, Rating>(), [new Submitted(Guid.NewGuid(), 2, null), new Submitted(B, 1, null), new Submitted(B, 4, null)], Cycle);

        Assert.Equal([new Rating(B, 1, null)], changes.Added);
    }

    [Fact]
    public void Check_LevelOutOfRangeUnknownIndicatorAndLongComment_NamesEachField()
    {
        var problems = Check([new Submitted(A, 5, null), new Submitted(Guid.NewGuid(), 1, null), new Submitted(B, 1, new string('x', Limits.Text + 1))], Cycle, levels: 4);

        Assert.Equal(["Ratings[0].Level", "", "Ratings[2].Comment"], problems.Select(p => p.Field));
        Assert.Contains("4 levels", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_AppliedThenMergedAgain_ChangesNothingAndHoldsWhatTheFormSaid()
    {
        Guid[] ids = [A, B, C];
        string?[] comments = [null, "", "  ", "ok", " ok ", "other"];
        var indicator = Gen.Int[0, 2].Select(i => ids[i]);
        var level = Gen.Int[0, 4].Select(l => l == 0 ? (int?)null : l);
        var comment = Gen.Int[0, 5].Select(i => comments[i]);
        var held = Gen.Select(indicator, Gen.Int[1, 4], comment).Array[0, 4]
            .Select(rs => rs.DistinctBy(r => r.Item1).ToDictionary(r => r.Item1, r => new Rating(r.Item1, r.Item2, Clean(r.Item3))));
        var form = Gen.Select(indicator, level, comment).Array[0, 6].Select(rs => rs.Select(r => new Submitted(r.Item1, r.Item2, r.Item3)).ToList());

        Gen.Select(held, form).Sample((before, submitted) =>
        {
            var after = Apply(before, Merge(before, submitted, Cycle));
            Assert.True(Merge(after, submitted, Cycle).IsEmpty);
            foreach (var input in submitted.DistinctBy(s => s.IndicatorId))
            {
                Assert.Equal(input.Level is { } l ? new Rating(input.IndicatorId, l, Clean(input.Comment)) : null, after.GetValueOrDefault(input.IndicatorId));
            }
            foreach (var untouched in before.Keys.Where(k => submitted.All(s => s.IndicatorId != k)))
            {
                Assert.Equal(before[untouched], after[untouched]);
            }
        });
    }

    private static Dictionary<Guid, Rating> Apply(IReadOnlyDictionary<Guid, Rating> held, Changes changes)
    {
        var result = held.ToDictionary();
        foreach (var removed in changes.Removed)
        {
            result.Remove(removed);
        }
        foreach (var rating in changes.Added.Concat(changes.Changed))
        {
            result[rating.IndicatorId] = rating;
        }
        return result;
    }
}
