using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Infrastructure;

/// <summary>A district made for one test, with accounts created on demand.</summary>
public sealed record TestDistrict(Guid Id, string Name, string Slug);

public sealed record TestAccount(string Id, string Email, string Password, Guid? DistrictId, string Role);

public static class TestDistricts
{
    public const string Password = "Correct-Horse-Battery-42";

    /// <summary>
    /// A new district. New districts require two-step sign-in of administrators and HR; test districts
    /// do not unless <paramref name="twoFactorRequired"/>, because most tests sign in without it.
    /// </summary>
    public static Task<TestDistrict> CreateDistrictAsync(this BeaconFactory factory, string? name = null, bool twoFactorRequired = false)
    {
        var slug = $"d{Guid.NewGuid():N}"[..16];
        return factory.InScopeAsync(null, async (sp, db) =>
        {
            var district = await sp.GetRequiredService<DistrictProvisioner>().CreateAsync(name ?? $"District {slug}", slug);
            district.TwoFactorRequiredForAdministrators = twoFactorRequired;
            await db.SaveChangesAsync();
            return new TestDistrict(district.Id, district.Name, district.Slug);
        });
    }

    /// <summary>Creates an account with one role in <paramref name="district"/> (or a system administrator when null).</summary>
    public static Task<TestAccount> CreateAccountAsync(
        this BeaconFactory factory, TestDistrict? district, string role, Guid? staffMemberId = null, string password = Password)
    {
        // The role is cut short so the random part stays long: "districtadministrator." left two hex digits,
        // and two accounts of one factory collided on the unique user name about one run in twenty.
        var email = $"{role.ToLowerInvariant()[..Math.Min(role.Length, 8)]}.{Guid.NewGuid():N}"[..24] + "@test.example";
        return factory.InScopeAsync(district?.Id, async (sp, _) =>
        {
            var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            var user = new BeaconUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"Test {Roles.Label(role)}",
                DistrictId = district?.Id,
                StaffMemberId = staffMemberId,
            };
            var result = await users.CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return new TestAccount(user.Id, email, password, district?.Id, role);
        });
    }
}
