using System.Security.Claims;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Tenancy;

[Trait("Category", "Database")]
public class SchoolScopeTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task MySchools_TeacherAssignedToOneSchool_SeesOnlyThatSchool()
    {
        var district = await factory.CreateDistrictAsync();
        var (mine, other, staffId) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var mine = new School { SourceId = "m", Name = "Mine" };
            var other = new School { SourceId = "o", Name = "Other" };
            var staff = new StaffMember { SourceId = "t", GivenName = "Tea", FamilyName = "Cher" };
            staff.Assignments.Add(new StaffAssignment { School = mine });
            db.AddRange(mine, other, staff);
            await db.SaveChangesAsync();
            return (mine.Id, other.Id, staff.Id);
        });
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher, staffId);

        var (ids, seesOther) = await factory.InScopeAsync(district.Id, async (sp, _) =>
        {
            SignIn(sp, teacher);
            var scope = sp.GetRequiredService<SchoolScope>();
            return (await scope.MySchoolIdsAsync(), await scope.CanSeeSchoolAsync(other));
        });

        Assert.Equal([mine], ids);
        Assert.False(seesOther);
    }

    [Fact]
    public async Task CanSeeSchool_DistrictLeader_SeesEverySchool()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);

        var sees = await factory.InScopeAsync(district.Id, (sp, _) =>
        {
            SignIn(sp, leader);
            return sp.GetRequiredService<SchoolScope>().CanSeeSchoolAsync(Guid.NewGuid());
        });

        Assert.True(sees);
    }

    private static void SignIn(IServiceProvider services, TestAccount account)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(ClaimTypes.Role, account.Role)], "Test");
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }
}
