using System.Globalization;
using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

[Trait("Category", "Database")]
public class OneRosterImportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, BrowserlessClient Client)> SignedInAdminAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        return (district, await BrowserlessClient.SignedInAsync(factory, admin));
    }

    private Task<List<string>> StaffAsync(Guid districtId) =>
        factory.InScopeAsync(districtId, async (_, db) =>
        {
            var staff = await db.StaffMembers.Include(s => s.Assignments).ThenInclude(a => a.School).AsNoTracking().ToListAsync();
            return staff.OrderBy(s => s.SourceId, StringComparer.Ordinal)
                .Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"{s.SourceId} {s.GivenName} {s.FamilyName} {s.Role} {string.Join(";", s.Assignments.OrderBy(a => a.School!.SourceId, StringComparer.Ordinal).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.School!.SourceId}={a.Fte}")))}"))
                .ToList();
        });

    [Fact]
    public async Task Import_Version11Zip_StoresSchoolsAndStaffButNeverStudents()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.1"), ImportUpload.ZipType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadAsync(response);
        Assert.Equal((7, 6), (result.Created, result.Ignored));
        Assert.Equal(
        [
            "A1 Ruth Okafor Administrator ",
            "A2 Seán O'Brien Aide SCH-1=1",
            "T1 María Rivera Teacher SCH-1=1",
            "T2 James Chen Teacher SCH-2=0.5;SCH-3=0.5",
        ], await StaffAsync(district.Id));
        var schools = await factory.InScopeAsync(district.Id, (_, db) => db.Schools.OrderBy(s => s.SourceId).Select(s => s.Name).ToListAsync());
        Assert.Equal(["Alder Elementary School", "Birch Middle School, North Campus", "Cedar High School"], schools);
        var audit = await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.Select(a => a.Changes).ToListAsync());
        Assert.DoesNotContain(audit, changes => changes.Contains("sam.student") || changes.Contains("\"ST1\"") || changes.Contains("Gale") || changes.Contains("Tess"));
    }

    [Fact]
    public async Task Import_Version12Zip_TakesRolesAndSchoolsFromRolesFile()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;

        var response = await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.2"), ImportUpload.ZipType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            "C1 Kenji Kim, Jr. Counselor SCH-2=1",
            "DA1 Dana Admin Administrator ",
            "P1 Priya Patel Administrator SCH-1=1",
            "T3 Thi Nguyen Teacher SCH-1=0.5;SCH-2=0.5",
        ], await StaffAsync(district.Id));
        Assert.False(await factory.InScopeAsync(district.Id, (_, db) => db.StaffMembers.AnyAsync(s => s.SourceId == "S1" || s.SourceId == "G2")));
    }

    [Fact]
    public async Task Import_SameSetTwice_SecondChangesNothing()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.1"), ImportUpload.ZipType);
        var before = await SnapshotAsync(factory, district.Id);

        var again = await ReadAsync(await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.1"), ImportUpload.ZipType));

        Assert.Equal((0, 0, 7), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await SnapshotAsync(factory, district.Id));
    }

    [Fact]
    public async Task Import_TeacherMovedSchoolInNextExport_AssignmentFollows()
    {
        var (district, client) = await SignedInAdminAsync();
        using var _ = client;
        await PostAsync(client, "oneroster", ImportFiles.Zip("oneroster-1.1"), ImportUpload.ZipType);
        var users = ImportFiles.Utf8("sourcedId,enabledUser,orgSourcedIds,role,givenName,familyName\nT1,true,SCH-3,teacher,María,Rivera\n");

        var result = await ReadAsync(await PostAsync(client, "oneroster", users, ImportUpload.CsvType, "?filename=users.csv"));

        Assert.Equal(1, result.Updated);
        Assert.Contains("T1 María Rivera Teacher SCH-3=1", await StaffAsync(district.Id));
        Assert.Equal(StaffRole.Teacher, await factory.InScopeAsync(district.Id, (_, db) => db.StaffMembers.Where(s => s.SourceId == "T1").Select(s => s.Role).SingleAsync()));
    }
}
