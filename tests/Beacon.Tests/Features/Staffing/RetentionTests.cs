using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;

namespace Beacon.Tests.Features.Staffing;

public class RetentionTests
{
    private static readonly Guid SchoolA = Guid.NewGuid(), SchoolB = Guid.NewGuid();

    [Fact]
    public void BySchool_SomeStaySomeLeaveSomeMove_CountsOnlyThoseInTheSameSchool()
    {
        Guid stays = Guid.NewGuid(), leaves = Guid.NewGuid(), moves = Guid.NewGuid(), weakStays = Guid.NewGuid(), weakLeaves = Guid.NewGuid();
        TeacherPlacement[] first =
        [
            new(stays, SchoolA, EffectivenessRating.HighlyEffective),
            new(leaves, SchoolA, EffectivenessRating.HighlyEffective),
            new(moves, SchoolA, EffectivenessRating.HighlyEffective),
            new(weakStays, SchoolA, EffectivenessRating.Ineffective),
            new(weakLeaves, SchoolA, EffectivenessRating.Ineffective),
            new(Guid.NewGuid(), SchoolA, EffectivenessRating.Effective),
        ];
        TeacherPlacement[] next =
        [
            new(stays, SchoolA, EffectivenessRating.Effective),
            new(moves, SchoolB, EffectivenessRating.HighlyEffective),
            new(weakStays, SchoolA, EffectivenessRating.Developing),
        ];

        var figures = Assert.Single(Retention.BySchool(first, next, new Dictionary<Guid, string> { [SchoolA] = "A", [SchoolB] = "B" }));

        Assert.Equal(new RetentionFigures("A", 3, 1, 2, 1), figures);
        Assert.Equal(1.0 / 3, figures.HighlyEffectiveRate);
        Assert.Equal(0.5, figures.IneffectiveRate);
    }

    [Fact]
    public void ByQuartile_SchoolWithoutQuartile_IsLeftOutAndNoRatedTeachersGivesNoRate()
    {
        TeacherPlacement[] first = [new(Guid.NewGuid(), SchoolA, EffectivenessRating.Effective), new(Guid.NewGuid(), SchoolB, EffectivenessRating.HighlyEffective)];

        var figures = Assert.Single(Retention.ByQuartile(first, [], new Dictionary<Guid, int> { [SchoolA] = 4 }));

        Assert.Equal("Q4", figures.Group);
        Assert.Null(figures.HighlyEffectiveRate);
    }
}
