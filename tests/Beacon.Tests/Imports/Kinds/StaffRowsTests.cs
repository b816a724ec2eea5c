using Beacon.Web.Features.Staff;
using Beacon.Web.Imports.Kinds;
using static Beacon.Tests.Imports.Kinds.RuleTestData;

namespace Beacon.Tests.Imports.Kinds;

public class StaffRowsTests
{
    [Fact]
    public void Plan_ValidFile_CreatesStaffWithTheirSchoolsAndShares()
    {
        var existing = WithSchools("S-100", "S-101", "S-102");

        var plan = StaffRows.Plan(File("staff-valid.csv"), existing);

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Equal(3, plan.Created);
        var staff = plan.Added.OfType<StaffMember>().ToDictionary(s => s.SourceId);
        Assert.Equal((StaffRole.Teacher, 12, CertificationStatus.Certified, EffectivenessRating.HighlyEffective),
            (staff["T-1"].Role, staff["T-1"].YearsOfExperience, staff["T-1"].Certification, staff["T-1"].Effectiveness));
        Assert.Equal((StaffRole.Coach, EffectivenessRating.Developing), (staff["T-2"].Role, staff["T-2"].Effectiveness));
        Assert.Equal((StaffRole.Administrator, "Okafor-Smith, PhD", CertificationStatus.Unknown), (staff["T-3"].Role, staff["T-3"].FamilyName, staff["T-3"].Certification));
        var assignments = plan.Added.OfType<StaffAssignment>().ToList();
        Assert.Equal([0.6, 0.4], assignments.Where(a => a.StaffMemberId == staff["T-2"].Id).Select(a => a.Fte));
        Assert.Equal(1.0, assignments.Single(a => a.StaffMemberId == staff["T-3"].Id).Fte);
    }

    [Fact]
    public void Plan_SubjectAndOutOfField_SetOnEveryAssignmentAndChangedOnReimport()
    {
        var existing = WithSchools("S1", "S2");

        var plan = StaffRows.Plan(Table("staff_id,given_name,family_name,role,school_ids,subject,out_of_field\nT1,Jo,Lee,Teacher,S1;S2,Mathematics,yes\n"), existing);

        Assert.True(plan.IsValid, Messages(plan));
        Assert.All(plan.Added.OfType<StaffAssignment>(), a => Assert.Equal(("Mathematics", true), (a.Subject, a.OutOfField)));
    }

    [Fact]
    public void Plan_OutOfFieldNeitherYesNorNo_SaysWhatIsAllowed()
    {
        var plan = StaffRows.Plan(Table("staff_id,given_name,family_name,role,school_ids,out_of_field\nT1,Jo,Lee,Teacher,S1,maybe\n"), WithSchools("S1"));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 2, column out_of_field", problem.Where);
        Assert.Contains("yes or no", problem.Reason);
    }

    [Fact]
    public void Plan_BadEmail_SaysLineColumnAndWhatToDo()
    {
        var plan = StaffRows.Plan(File("broken/staff-bad-email.csv"), WithSchools("S-100"));

        Assert.Equal("Line 3, column email: 'jo@' is not an email address; correct it or leave the cell empty.", Assert.Single(plan.Problems).ToString());
    }

    [Fact]
    public void Plan_UnknownSchool_SaysToImportTheSchoolFirst()
    {
        var plan = StaffRows.Plan(File("broken/staff-unknown-school.csv"), WithSchools("S-100"));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 2, column school_ids", problem.Where);
        Assert.Contains("'S-999' is not one of the district's schools", problem.Reason);
    }

    [Fact]
    public void Plan_PersonMovedSchool_ReplacesTheAssignment()
    {
        var existing = WithSchools("S1", "S2");
        var member = new StaffMember { Id = Guid.CreateVersion7(), SourceId = "T1", GivenName = "Jo", FamilyName = "Lee", Role = StaffRole.Teacher };
        var old = new StaffAssignment { Id = Guid.CreateVersion7(), StaffMemberId = member.Id, SchoolId = existing.Schools["S1"].Id, Fte = 1 };
        existing.Staff["T1"] = member;
        existing.AssignmentsByStaff[member.Id] = [old];

        var plan = StaffRows.Plan(Table("staff_id,given_name,family_name,role,school_ids\nT1,Jo,Lee,Teacher,S2\n"), existing);

        Assert.Equal(1, plan.Updated);
        Assert.Same(old, Assert.Single(plan.Removed));
        Assert.Equal(existing.Schools["S2"].Id, Assert.IsType<StaffAssignment>(Assert.Single(plan.Added)).SchoolId);
    }

    [Fact]
    public void Plan_SameFileAgain_EveryoneUnchanged()
    {
        var existing = WithSchools("S-100", "S-101", "S-102");
        var first = StaffRows.Plan(File("staff-valid.csv"), existing);
        foreach (var group in first.Added.OfType<StaffAssignment>().GroupBy(a => a.StaffMemberId))
        {
            existing.AssignmentsByStaff[group.Key] = group.ToList();
        }

        var again = StaffRows.Plan(File("staff-valid.csv"), existing);

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Added);
        Assert.Empty(again.Removed);
    }

    [Theory]
    [InlineData("S1;S2", "1", "0.5;0.5")]
    [InlineData("S1;S2", "0.8", "0.4;0.4")]
    [InlineData("S1;S2;S3", "", "0.3333;0.3333;0.3333")]
    public void Plan_OneFteForSeveralSchools_SplitsItEvenly(string schools, string fte, string shares)
    {
        var plan = StaffRows.Plan(Table($"staff_id,given_name,family_name,role,school_ids,fte\nT1,Jo,Lee,Teacher,{schools},{fte}\n"), WithSchools("S1", "S2", "S3"));

        Assert.Equal(shares, string.Join(";", plan.Added.OfType<StaffAssignment>().Select(a => a.Fte.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("0.8;0.8", "more than one full-time post")]
    [InlineData("0.5;0.2;0.3", "3 fte values for 2 schools")]
    [InlineData("1.5", "above 0 and at most 1")]
    public void Plan_BadFte_SaysHowToCorrectIt(string fte, string reason)
    {
        var plan = StaffRows.Plan(Table($"staff_id,given_name,family_name,role,school_ids,fte\nT1,Jo,Lee,Teacher,S1;S2,{fte}\n"), WithSchools("S1", "S2"));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Line 2, column fte", problem.Where);
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public void Plan_EmptyOrUnknownRole_ListsTheRoles()
    {
        var plan = StaffRows.Plan(Table("staff_id,given_name,family_name,role\nT1,Jo,Lee,\nT2,Al,Ng,Janitor\n"), new ExistingRecords());

        Assert.Equal(["Line 2, column role", "Line 3, column role"], plan.Problems.Select(p => p.Where));
        Assert.All(plan.Problems, p => Assert.Contains("Teacher, Administrator", p.Reason));
    }
}
