using Beacon.Web.Features.Staffing;

namespace Beacon.Tests.Features.Staffing;

public class EquityReportTests
{
    private static SchoolStaffing School(double? poverty, int? enrollment, double teachers, double inexperienced = 0,
        double ineffective = 0, double uncertified = 0, double highlyEffective = 0, double support = 0) =>
        new(Guid.NewGuid(), $"School {poverty}", poverty, enrollment, teachers, inexperienced, ineffective, uncertified, highlyEffective, support);

    [Fact]
    public void Build_HandComputedSchools_GivesSharesRatiosAndGap()
    {
        var report = EquityReport.Build(
        [
            School(10, 400, 2.5, inexperienced: 1, highlyEffective: 1.5, support: 1),
            School(30, 500, 1),
            School(60, 500, 1),
            School(90, 300, 4, inexperienced: 2, ineffective: 2, uncertified: 1, highlyEffective: 1, support: 1.5),
        ]);

        var q1 = report.Quartiles.Single(q => q.Quartile == 1);
        var q4 = report.Quartiles.Single(q => q.Quartile == 4);
        Assert.Equal((0.4, 0.0, 0.0, 0.6), (q1.InexperiencedShare, q1.IneffectiveShare, q1.UncertifiedShare, q1.HighlyEffectiveShare));
        Assert.Equal(160, q1.PupilsPerTeacher);
        Assert.Equal(0.25, q1.SupportStaffPer100Pupils);
        Assert.Equal((0.5, 0.5, 0.25, 0.25), (q4.InexperiencedShare, q4.IneffectiveShare, q4.UncertifiedShare, q4.HighlyEffectiveShare));
        Assert.Equal(75, q4.PupilsPerTeacher);
        Assert.Equal(new EquityGap(10.0, 50.0, 25.0, -35.0, 0), report.Gap);
    }

    [Fact]
    public void Build_QuartileWithoutTeachers_ShowsZeroSharesNotAnError()
    {
        var report = EquityReport.Build([School(10, 100, 0), School(20, 100, 1), School(30, 100, 1), School(40, 100, 1)]);

        var q1 = report.Quartiles.Single(q => q.Quartile == 1);
        Assert.Equal(0, q1.InexperiencedShare);
        Assert.Null(q1.PupilsPerTeacher);
    }

    [Fact]
    public void Build_FewerThanFourSchools_NoQuartilesNoGapAndEverySchoolExplained()
    {
        var report = EquityReport.Build([School(10, 100, 1), School(null, 100, 1)]);

        Assert.Empty(report.Quartiles);
        Assert.Null(report.Gap);
        Assert.Equal(2, report.Unranked.Count);
    }
}
