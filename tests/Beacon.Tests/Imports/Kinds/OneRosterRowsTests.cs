using Beacon.Tests.Features.Imports;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Kinds;
using Beacon.Web.Imports.Reading;
using static Beacon.Tests.Imports.Kinds.RuleTestData;

namespace Beacon.Tests.Imports.Kinds;

public class OneRosterRowsTests
{
    [Fact]
    public void Plan_Version11Set_SchoolOrgsBecomeSchoolsAndStaffBecomeStaffMembers()
    {
        var plan = OneRosterRows.Plan(OneRoster("oneroster-1.1"), new ExistingRecords());

        Assert.True(plan.IsValid, Messages(plan));
        var schools = plan.Added.OfType<School>().ToDictionary(s => s.SourceId);
        Assert.Equal(["SCH-1", "SCH-2", "SCH-3"], schools.Keys.Order());
        Assert.Equal(("Birch Middle School, North Campus", "102"), (schools["SCH-2"].Name, schools["SCH-2"].LocalCode));
        Assert.Null(schools["SCH-3"].LocalCode);
        var staff = plan.Added.OfType<StaffMember>().ToDictionary(s => s.SourceId);
        Assert.Equal(["A1", "A2", "T1", "T2"], staff.Keys.Order());
        Assert.Equal(("María", StaffRole.Teacher, "E1001"), (staff["T1"].GivenName, staff["T1"].Role, staff["T1"].StaffNumber));
        Assert.Equal((StaffRole.Administrator, StaffRole.Aide, "O'Brien"), (staff["A1"].Role, staff["A2"].Role, staff["A2"].FamilyName));
        var assignments = plan.Added.OfType<StaffAssignment>().ToList();
        Assert.Equal([0.5, 0.5], assignments.Where(a => a.StaffMemberId == staff["T2"].Id).Select(a => a.Fte));
        Assert.DoesNotContain(assignments, a => a.StaffMemberId == staff["A1"].Id);
        Assert.Equal((7, 6), (plan.Created, plan.Ignored));
        Assert.Contains(plan.Notes, n => n.Contains("enabledUser=false"));
    }

    [Fact]
    public void Plan_Version11Set_NoStudentOrGuardianIsAdded()
    {
        var plan = OneRosterRows.Plan(OneRoster("oneroster-1.1"), new ExistingRecords());

        var ids = plan.Added.OfType<StaffMember>().Select(s => s.SourceId).ToList();
        Assert.DoesNotContain("ST1", ids);
        Assert.DoesNotContain("ST2", ids);
        Assert.DoesNotContain("G1", ids);
        Assert.DoesNotContain("X1", ids);
    }

    [Fact]
    public void Plan_Version12SetWithRoles_MapsRolesAndOrgsFromRolesFile()
    {
        var plan = OneRosterRows.Plan(OneRoster("oneroster-1.2"), new ExistingRecords());

        Assert.True(plan.IsValid, Messages(plan));
        var staff = plan.Added.OfType<StaffMember>().ToDictionary(s => s.SourceId);
        Assert.Equal(["C1", "DA1", "P1", "T3"], staff.Keys.Order());
        Assert.Equal((StaffRole.Administrator, StaffRole.Counselor, StaffRole.Administrator), (staff["P1"].Role, staff["C1"].Role, staff["DA1"].Role));
        Assert.Equal("Kim, Jr.", staff["C1"].FamilyName);
        var assignments = plan.Added.OfType<StaffAssignment>().ToList();
        Assert.Equal([0.5, 0.5], assignments.Where(a => a.StaffMemberId == staff["T3"].Id).Select(a => a.Fte));
        Assert.Contains(plan.Notes, n => n.Contains("OneRoster 1.2"));
    }

    [Fact]
    public void Plan_SameSetAgain_NothingToWrite()
    {
        var existing = new ExistingRecords();
        var first = OneRosterRows.Plan(OneRoster("oneroster-1.2"), existing);
        foreach (var group in first.Added.OfType<StaffAssignment>().GroupBy(a => a.StaffMemberId))
        {
            existing.AssignmentsByStaff[group.Key] = group.ToList();
        }

        var again = OneRosterRows.Plan(OneRoster("oneroster-1.2"), existing);

        Assert.Equal((0, 0, 6), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Added);
        Assert.Empty(again.Removed);
    }

    [Theory]
    [InlineData("broken/oneroster-duplicate-sourcedid", "users.csv", 4, "sourcedId", "also on line 2")]
    [InlineData("broken/oneroster-unknown-org", "users.csv", 3, "orgSourcedIds", "'SCH-9' is not in orgs.csv")]
    [InlineData("broken/oneroster-delta", "manifest.csv", 16, "value", "delta")]
    [InlineData("broken/oneroster-missing-column", "users.csv", 1, "familyName", "Add it")]
    [InlineData("broken/oneroster-unknown-role", "users.csv", 3, "role", "'janitor' is not a OneRoster role")]
    public void Plan_BrokenSet_ProblemNamesFileLineColumnAndReason(string folder, string file, int line, string column, string reason)
    {
        var plan = OneRosterRows.Plan(OneRoster(folder), new ExistingRecords());

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((file, line, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public void Plan_Version12UsersWithoutRolesFile_SaysToIncludeRoles()
    {
        var files = OneRoster("oneroster-1.2").Where(f => f.Key != "roles.csv" && f.Key != "manifest.csv").ToDictionary();

        var plan = OneRosterRows.Plan(files, new ExistingRecords());

        Assert.All(plan.Problems, p => Assert.Equal("users.csv", p.File));
        Assert.Contains(plan.Problems, p => p.Column == "role" && p.Reason.Contains("include roles.csv"));
    }

    [Fact]
    public void Plan_UsersAloneReferencingExistingSchools_Accepted()
    {
        var users = ImportFiles.Utf8("sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName\nT9,true,SCH-1,teacher,Ana,Silva\n");
        var input = ImportReader.Read(ImportKind.OneRoster, "users.csv", users, 1024 * 1024);

        var plan = OneRosterRows.Plan(input.Files, WithSchools("SCH-1"));

        Assert.True(plan.IsValid, Messages(plan));
        Assert.Equal(1, plan.Created);
    }

    [Fact]
    public void Plan_NoOrgsOrUsersFile_SaysWhatToUpload()
    {
        var input = ImportReader.Read(ImportKind.OneRoster, "classes.csv", ImportFiles.Utf8("sourcedId\nC1\n"), 1024);

        var plan = OneRosterRows.Plan(input.Files, new ExistingRecords());

        Assert.Contains("no orgs.csv or users.csv", Assert.Single(plan.Problems).Reason);
    }

    [Fact]
    public void Plan_StaffFieldStartingLikeAFormula_Refused()
    {
        var users = ImportFiles.Utf8("sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName\n=HYPERLINK(\"x\"),true,SCH-1,teacher,Ana,Silva\nT2,true,SCH-1,teacher,@SUM(1),Silva\n");
        var input = ImportReader.Read(ImportKind.OneRoster, "users.csv", users, 1024 * 1024);

        var plan = OneRosterRows.Plan(input.Files, WithSchools("SCH-1"));

        Assert.Equal(["users.csv line 2, column sourcedId", "users.csv line 3, column givenName"], plan.Problems.Select(p => p.Where));
        Assert.All(plan.Problems, p => Assert.Contains("spreadsheet formula", p.Reason));
    }
}
