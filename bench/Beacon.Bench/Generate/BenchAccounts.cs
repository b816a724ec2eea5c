using Beacon.Web.Data;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Bench.Generate;

/// <summary>
/// One account per role beside the administrator, so the load benchmark can measure each role's home:
/// <c>&lt;role&gt;@bench-&lt;scale&gt;.example</c> with the administrator's password. The teacher and the
/// principal are linked to a generated teacher's and school leader's staff record (their schools come
/// from it). Added when missing, so databases generated before the accounts existed gain them.
/// </summary>
public static class BenchAccounts
{
    public static readonly IReadOnlyList<(string Home, string Role, StaffRole? Staff)> All =
    [
        ("teacher", Roles.Teacher, StaffRole.Teacher),
        ("principal", Roles.SchoolLeader, StaffRole.Administrator),
        ("leader", Roles.DistrictLeader, null),
        ("trustee", Roles.BoardTrustee, null),
        ("hr", Roles.HumanResources, null),
    ];

    public static string Email(string home, ScaleProfile profile) => $"{home}@{profile.Slug}.example";

    public static async Task EnsureAsync(IServiceProvider services, ScaleProfile profile, Guid districtId, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        foreach (var (home, role, staffRole) in All)
        {
            var email = Email(home, profile);
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            Guid? staffId = staffRole is { } r
                ? await db.StaffMembers.Where(m => m.Role == r && m.Assignments.Any()).OrderBy(m => m.SourceId).Select(m => (Guid?)m.Id).FirstAsync(cancellationToken)
                : null;
            var user = new BeaconUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"{profile.DistrictName} {home}",
                DistrictId = districtId,
                StaffMemberId = staffId,
            };
            Require(await users.CreateAsync(user, ScaleProfile.AdminPassword), email);
            Require(await users.AddToRoleAsync(user, role), email);
        }
    }

    private static void Require(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
