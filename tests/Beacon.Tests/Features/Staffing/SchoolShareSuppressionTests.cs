using Beacon.Web.Features.Staffing;
using CsCheck;

namespace Beacon.Tests.Features.Staffing;

public class SchoolShareSuppressionTests
{
    [Fact]
    public void Shown_OneIneffectiveTeacherOfTwentySix_HidesThatShareOnly()
    {
        var shown = SchoolShareSuppression.Shown(new TeacherCounts(26, Inexperienced: 8, Ineffective: 1, HighlyEffective: 6, Uncertified: 0, OutOfField: 5), 5);

        Assert.DoesNotContain(TeacherShare.Ineffective, shown);
        Assert.Equal([TeacherShare.Inexperienced, TeacherShare.HighlyEffective, TeacherShare.Uncertified, TeacherShare.OutOfField], shown.Order());
    }

    [Fact]
    public void Shown_AllButOneInexperienced_HidesTheShareThatNamesTheOne()
    {
        var shown = SchoolShareSuppression.Shown(new TeacherCounts(26, Inexperienced: 25, Ineffective: 0, HighlyEffective: 0, Uncertified: 0, OutOfField: 0), 5);

        Assert.DoesNotContain(TeacherShare.Inexperienced, shown);
    }

    [Fact]
    public void Shown_RatingsLeaveFewUnaccountedFor_HidesTheSmallerShownRating()
    {
        // 10 ineffective and 13 highly effective leave 3 teachers with another rating: showing both names them.
        var shown = SchoolShareSuppression.Shown(new TeacherCounts(26, 0, Ineffective: 10, HighlyEffective: 13, 0, 0), 5);

        Assert.DoesNotContain(TeacherShare.Ineffective, shown);
        Assert.Contains(TeacherShare.HighlyEffective, shown);
    }

    [Fact]
    public void Shown_FewerTeachersThanTheMinimum_ShowsNoShare()
    {
        Assert.Empty(SchoolShareSuppression.Shown(new TeacherCounts(4, 2, 2, 1, 1, 1), 5));
    }

    [Fact]
    public void Shown_MinimumBelowTheFloor_UsesTheFloor()
    {
        Assert.DoesNotContain(TeacherShare.Ineffective, SchoolShareSuppression.Shown(new TeacherCounts(26, 0, 2, 0, 0, 0), 1));
    }

    private static readonly Gen<(TeacherCounts Counts, int Minimum)> Schools =
        from teachers in Gen.Int[0, 40]
        from inexperienced in Gen.Int[0, teachers]
        from ineffective in Gen.Int[0, teachers]
        from highly in Gen.Int[0, teachers - ineffective]
        from uncertified in Gen.Int[0, teachers]
        from outOfField in Gen.Int[0, teachers]
        from minimum in Gen.Int[3, 10]
        select (new TeacherCounts(teachers, inexperienced, ineffective, highly, uncertified, outOfField), minimum);

    /// <summary>
    /// An independent audit of what a reader learns: the teacher total and the shown shares, so every
    /// shown share and, per split, the teachers the shown shares leave out (total minus shown). None
    /// of these groups may hold more than nobody and fewer than the minimum.
    /// </summary>
    [Fact]
    public void Shown_AnySchool_NoGroupAReaderCanWorkOutIsSmall() =>
        Schools.Sample(s =>
        {
            var shown = SchoolShareSuppression.Shown(s.Counts, s.Minimum);
            if (s.Counts.Teachers < s.Minimum)
            {
                return shown.Count == 0;
            }
            TeacherShare[][] splits = [[TeacherShare.Inexperienced], [TeacherShare.Ineffective, TeacherShare.HighlyEffective], [TeacherShare.Uncertified], [TeacherShare.OutOfField]];
            var learned = shown.Select(s.Counts.Of)
                .Concat(splits.Select(split => s.Counts.Teachers - split.Where(shown.Contains).Sum(s.Counts.Of)));
            return learned.All(group => group == 0 || group >= s.Minimum);
        });

    [Fact]
    public void Shown_AnySchool_HidesNoShareItCouldShowAlone() =>
        // Not over-suppressing: a share that is safe on its own and the only share of its split is shown.
        Schools.Sample(s =>
        {
            var shown = SchoolShareSuppression.Shown(s.Counts, s.Minimum);
            var inexperienced = s.Counts.Inexperienced;
            var rest = s.Counts.Teachers - inexperienced;
            var safe = s.Counts.Teachers >= s.Minimum && (inexperienced == 0 || inexperienced >= s.Minimum) && (rest == 0 || rest >= s.Minimum);
            return shown.Contains(TeacherShare.Inexperienced) == safe;
        });
}
