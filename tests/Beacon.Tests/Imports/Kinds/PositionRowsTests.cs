using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Imports.Kinds;
using static Beacon.Tests.Imports.Kinds.RuleTestData;

namespace Beacon.Tests.Imports.Kinds;

public class PositionRowsTests
{
    private static ExistingRecords District()
    {
        var existing = WithSchools("S-100", "S-101");
        existing.Years["2025-26"] = new SchoolYear { Id = Guid.CreateVersion7(), Name = "2025-26" };
        return existing;
    }

    [Fact]
    public void Plan_ValidFile_CreatesOnePositionPerSchoolYearAndKind()
    {
        var existing = District();

        var plan = PositionRows.Plan(Table("""
            school_id,school_year,position_kind,vacancies,extra_positions
            S-100,2025-26,Teacher,2,
            S-100,2025-26,Counsellor,0.5,1
            S-101,2025-2026,Teacher,,1.5
            """), existing);

        Assert.True(plan.IsValid, Messages(plan));
        var positions = plan.Added.OfType<StaffingPosition>().ToList();
        Assert.Equal(3, positions.Count);
        Assert.Equal([(2m, 0m), (0.5m, 1m), (0m, 1.5m)], positions.Select(p => (p.Vacancies, p.ExtraPositions)));
        Assert.All(positions, p => Assert.Equal(existing.Years["2025-26"].Id, p.SchoolYearId));
    }

    [Fact]
    public void Plan_SameFileAgain_NothingChangesAndAnAbsentColumnLeavesItsFigure()
    {
        var existing = District();
        PositionRows.Plan(Table("school_id,school_year,position_kind,vacancies,extra_positions\nS-100,2025-26,Teacher,2,1\n"), existing);

        var again = PositionRows.Plan(Table("school_id,school_year,position_kind,vacancies,extra_positions\nS-100,2025-26,teacher,2,1\n"), existing);
        var onlyVacancies = PositionRows.Plan(Table("school_id,school_year,position_kind,vacancies\nS-100,2025-26,Teacher,3\n"), existing);

        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1), (onlyVacancies.Created, onlyVacancies.Updated));
        var position = existing.Positions.Values.Single();
        Assert.Equal((3m, 1m), (position.Vacancies, position.ExtraPositions));
    }

    [Fact]
    public void Plan_NewYear_CreatedAndSaidInTheNotes()
    {
        var plan = PositionRows.Plan(Table("school_id,school_year,position_kind,vacancies\nS-100,2026-27,Teacher,1\n"), District());

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Single(plan.Added.OfType<SchoolYear>());
        Assert.Contains(plan.Notes, n => n.Contains("2026-27"));
    }

    [Fact]
    public void Plan_BrokenRows_EachWithItsLineColumnAndWhatToDo()
    {
        var plan = PositionRows.Plan(Table("""
            school_id,school_year,position_kind,vacancies,extra_positions
            S-100,2025-26,Teacher,1,0
            S-999,2025-26,Teacher,1,0
            S-101,2025-27,Teacher,1,0
            S-101,2025-26,Teacher,1.3,0
            S-101,2025-26,Coach,-1,
            S-100,2025-26,TEACHER,2,0
            S-101,2025-26,Aide,,
            S-101,2025-26,=1+1,1,
            S-101,2025-26,Specialist,1001,2
            """), District());

        Assert.False(plan.IsValid);
        var problems = plan.Problems.Select(p => (p.Where, p.Reason)).ToList();
        Assert.Contains(problems, p => p.Where == "Line 3, column school_id" && p.Reason.Contains("import the school first"));
        Assert.Contains(problems, p => p.Where == "Line 4, column school_year" && p.Reason.Contains("e.g. 2025-26"));
        Assert.Contains(problems, p => p.Where == "Line 5, column vacancies" && p.Reason.Contains("nearest 0.5"));
        Assert.Contains(problems, p => p.Where == "Line 6, column vacancies" && p.Reason.Contains("outside the range 0 to 1000"));
        Assert.Contains(problems, p => p.Where == "Line 7, column position_kind" && p.Reason.Contains("also on line 2"));
        Assert.Contains(problems, p => p.Where == "Line 8, column vacancies" && p.Reason.Contains("Both vacancies and extra_positions are empty"));
        Assert.Contains(problems, p => p.Where == "Line 9, column position_kind" && p.Reason.Contains("formula"));
        Assert.Contains(problems, p => p.Where == "Line 10, column vacancies" && p.Reason.Contains("outside the range"));
        Assert.DoesNotContain(problems, p => p.Where.StartsWith("Line 2,", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_HeaderWithoutKindOrNumbers_ProblemsOnTheHeaderLine()
    {
        var noKind = PositionRows.Plan(Table("school_id,school_year,vacancies\nS-100,2025-26,1\n"), District());
        var noNumbers = PositionRows.Plan(Table("school_id,school_year,position_kind\nS-100,2025-26,Teacher\n"), District());
        var unknown = PositionRows.Plan(Table("school_id,school_year,position_kind,vacancies,budget\nS-100,2025-26,Teacher,1,9\n"), District());

        Assert.Equal("Line 1, column position_kind", Assert.Single(noKind.Problems).Where);
        Assert.Contains("neither a vacancies nor an extra_positions column", Assert.Single(noNumbers.Problems).Reason);
        Assert.Equal("Line 1, column budget", Assert.Single(unknown.Problems).Where);
    }
}
