using Beacon.Web.Features.Schools;
using Beacon.Web.Imports.Kinds;
using static Beacon.Tests.Imports.Kinds.RuleTestData;

namespace Beacon.Tests.Imports.Kinds;

public class SchoolRowsTests
{
    [Fact]
    public void Plan_ValidFileIntoEmptyDistrict_CreatesEverySchoolWithItsValues()
    {
        var plan = SchoolRows.Plan(File("schools-valid.csv"), new ExistingRecords());

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Equal((3, 0, 0), (plan.Created, plan.Updated, plan.Unchanged));
        var schools = plan.Added.Cast<School>().ToList();
        var alder = schools.Single(s => s.SourceId == "S-100");
        Assert.Equal(("Alder Elementary School", GradeBand.Elementary, 412, 63.5), (alder.Name, alder.GradeBand, alder.Enrollment, alder.PovertyPercent));
        Assert.Equal("12 Main Street,\nSuite 4, Riverside", alder.Address);
        var birch = schools.Single(s => s.SourceId == "S-101");
        Assert.Equal("Birch Hill Middle School, West", birch.Name);
        Assert.Null(birch.EnglishLearnerPercent);
        Assert.Equal(28.25, schools.Single(s => s.SourceId == "S-102").PovertyPercent);
        Assert.Equal([2, 4, 5], plan.CreateSamples.Select(s => s.Line));
    }

    [Fact]
    public void Plan_SameFileAgain_EverySchoolUnchanged()
    {
        var existing = new ExistingRecords();
        SchoolRows.Plan(File("schools-valid.csv"), existing);

        var again = SchoolRows.Plan(File("schools-valid.csv"), existing);

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Added);
    }

    [Fact]
    public void Plan_OneNameChanged_UpdatesOnlyThatSchool()
    {
        var existing = WithSchools("S1", "S2");

        var plan = SchoolRows.Plan(Table("school_id,name\nS1,School S1\nS2,Birch Renamed\n"), existing);

        Assert.Equal((0, 1, 1), (plan.Created, plan.Updated, plan.Unchanged));
        Assert.Equal("Birch Renamed", existing.Schools["S2"].Name);
        Assert.Equal(3, Assert.Single(plan.UpdateSamples).Line);
    }

    [Fact]
    public void Plan_ColumnLeftOut_LeavesTheFieldButAnEmptyCellClearsIt()
    {
        var existing = WithSchools("S1");
        existing.Schools["S1"].Address = "1 Main Street";
        existing.Schools["S1"].Enrollment = 300;

        var plan = SchoolRows.Plan(Table("school_id,name,enrollment\nS1,School S1,\n"), existing);

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Equal("1 Main Street", existing.Schools["S1"].Address);
        Assert.Null(existing.Schools["S1"].Enrollment);
        Assert.Equal(1, plan.Updated);
    }

    [Fact]
    public void Plan_NoNameColumn_ProblemOnTheHeaderLineNamingTheColumn()
    {
        var plan = SchoolRows.Plan(File("broken/schools-missing-column.csv"), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((1, "name"), (problem.Line, problem.Column));
        Assert.Contains("Add it", problem.Reason);
        Assert.Empty(plan.Added);
    }

    [Fact]
    public void Plan_UnknownColumn_SaysToRenameOrDeleteIt()
    {
        var plan = SchoolRows.Plan(Table("school_id,name,emial\nS1,Alder,x\n"), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((1, "emial"), (problem.Line, problem.Column));
        Assert.Contains("Rename it", problem.Reason);
    }

    [Fact]
    public void Plan_DuplicateSchoolId_NamesBothLines()
    {
        var plan = SchoolRows.Plan(File("broken/schools-duplicate-id.csv"), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 4, column school_id", problem.Where);
        Assert.Contains("also on line 2", problem.Reason);
    }

    [Fact]
    public void Plan_FormulaCell_RefusedWithTheReason()
    {
        var plan = SchoolRows.Plan(File("broken/schools-formula.csv"), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 3, column name", problem.Where);
        Assert.Contains("spreadsheet formula", problem.Reason);
    }

    [Theory]
    [InlineData("120", "outside the range 0 to 100")]
    [InlineData("12,5", "Write decimals with a point")]
    [InlineData("lots", "is not a number")]
    public void Plan_BadPercentage_SaysWhatToWrite(string value, string reason)
    {
        var plan = SchoolRows.Plan(Table($"school_id,name,poverty_percent\nS1,Alder,\"{value}\"\n"), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 2, column poverty_percent", problem.Where);
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public void Plan_GradeBandSpelledLoosely_Accepted()
    {
        var plan = SchoolRows.Plan(Table("school_id,name,grade_band\nS1,A,K-8\nS2,B,high\nS3,C,\n"), new ExistingRecords());

        Assert.Equal([GradeBand.K8, GradeBand.High, GradeBand.Other], plan.Added.Cast<School>().Select(s => s.GradeBand));
    }

    [Fact]
    public void Plan_HeaderOnly_SaysThereAreNoRows()
    {
        var plan = SchoolRows.Plan(File("broken/schools-header-only.csv"), new ExistingRecords());

        Assert.Equal(2, Assert.Single(plan.Problems).Line);
    }
}
