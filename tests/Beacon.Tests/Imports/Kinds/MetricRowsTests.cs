using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Imports.Kinds;
using static Beacon.Tests.Imports.Kinds.RuleTestData;

namespace Beacon.Tests.Imports.Kinds;

public class MetricRowsTests
{
    private static ExistingRecords District()
    {
        var existing = WithSchools("S-100", "S-101");
        existing.Measures[Measure.EnrollmentCode] = new Measure { Id = Guid.CreateVersion7(), Code = Measure.EnrollmentCode, Name = "Enrollment" };
        existing.Measures[Measure.PovertyCode] = new Measure { Id = Guid.CreateVersion7(), Code = Measure.PovertyCode, Name = "Poverty" };
        existing.Years["2025-26"] = new SchoolYear { Id = Guid.CreateVersion7(), Name = "2025-26" };
        return existing;
    }

    [Fact]
    public void Plan_NewYearAndNewMeasure_CreatesThemAndSaysSo()
    {
        var existing = District();

        var plan = MetricRows.Plan(File("metrics-valid.csv"), existing);

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Equal(7, plan.Created);
        var year = Assert.Single(plan.Added.OfType<SchoolYear>());
        Assert.Equal(("2026-27", new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30)), (year.Name, year.StartsOn, year.EndsOn));
        var measure = Assert.Single(plan.Added.OfType<Measure>());
        Assert.Equal(("reading_proficiency", "Reading proficiency"), (measure.Code, measure.Name));
        Assert.Contains(plan.Notes, n => n.Contains("2026-27"));
        Assert.Contains(plan.Notes, n => n.Contains("reading_proficiency"));
        Assert.Equal(48.2, plan.Added.OfType<SchoolMetric>().Single(m => m.MeasureId == measure.Id && m.SchoolYearId == existing.Years["2025-26"].Id).Value);
    }

    [Fact]
    public void Plan_SameValuesAgain_UnchangedAndAnEmptyCellLeavesTheValue()
    {
        var existing = District();
        MetricRows.Plan(File("metrics-valid.csv"), existing);

        var again = MetricRows.Plan(Table("school_id,school_year,enrollment,reading_proficiency\nS-100,2025-26,412,\nS-101,2025-26,781,\n"), existing);

        Assert.Equal((0, 1, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Added);
    }

    [Theory]
    [InlineData("2025-26", "2025-26")]
    [InlineData("2025-2026", "2025-26")]
    [InlineData("2099/00", "2099-00")]
    [InlineData("2025-27", null)]
    [InlineData("2025", null)]
    [InlineData("25-26", null)]
    public void YearName_Forms(string text, string? expected) => Assert.Equal(expected, MetricRows.YearName(text));

    [Fact]
    public void Plan_BadYear_SaysHowToWriteIt()
    {
        var plan = MetricRows.Plan(File("broken/metrics-bad-year.csv"), District());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 3, column school_year", problem.Where);
        Assert.Contains("e.g. 2025-26", problem.Reason);
    }

    [Fact]
    public void Plan_SchoolYearTwice_NamesTheFirstLine()
    {
        var plan = MetricRows.Plan(Table("school_id,school_year,enrollment\nS-100,2025-26,1\nS-100,2025-2026,2\n"), District());

        Assert.Contains("on line 2", Assert.Single(plan.Problems).Reason);
    }

    [Fact]
    public void Plan_ColumnThatIsNotACode_AndNoMeasureColumns_AreProblems()
    {
        var bad = MetricRows.Plan(Table("school_id,school_year,Reading %\nS-100,2025-26,1\n"), District());
        var none = MetricRows.Plan(Table("school_id,school_year\nS-100,2025-26\n"), District());

        Assert.Equal((1, "Reading %"), (Assert.Single(bad.Problems).Line, bad.Problems[0].Column));
        Assert.Contains("no measure columns", Assert.Single(none.Problems).Reason);
    }

    [Fact]
    public void Plan_EnrollmentNotWhole_AndUnknownSchool_AreProblems()
    {
        var plan = MetricRows.Plan(Table("school_id,school_year,enrollment\nS-100,2025-26,12.5\nS-404,2025-26,3\n"), District());

        Assert.Equal(["Line 2, column enrollment", "Line 3, column school_id"], plan.Problems.Select(p => p.Where));
    }
}
