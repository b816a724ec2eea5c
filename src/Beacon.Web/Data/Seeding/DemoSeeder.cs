using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data.Seeding;

/// <summary>
/// On first start with an empty database: the roles, a system administrator and the demo
/// district with one account per role (listed in the README). Does nothing once any district exists.
/// </summary>
public sealed class DemoSeeder(
    BeaconDbContext db,
    RoleManager<IdentityRole> roleManager,
    UserManager<BeaconUser> userManager,
    DistrictProvisioner provisioner,
    CurrentDistrict currentDistrict,
    CurrentUser currentUser,
    IConfiguration configuration,
    TimeProvider clock,
    IEnumerable<IDemoContent> contents,
    ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Beacon-Demo-2026";
    public const string SystemAdministratorEmail = "sysadmin@beacon.example";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> DemoAccounts =
    [
        ("admin@riverside.example", "Dana Admin", Roles.DistrictAdministrator),
        ("leader@riverside.example", "Lee Director", Roles.DistrictLeader),
        ("principal@riverside.example", "Pat Principal", Roles.SchoolLeader),
        ("coach@riverside.example", "Casey Coach", Roles.Coach),
        ("teacher@riverside.example", "Terry Teacher", Roles.Teacher),
        ("trustee@riverside.example", "Tracy Trustee", Roles.BoardTrustee),
        ("hr@riverside.example", "Harper Hughes", Roles.HumanResources),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
        if (!configuration.GetValue("Beacon:SeedDemo", true)
            || await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).AnyAsync(cancellationToken))
        {
            return;
        }

        using var actor = currentUser.ActAs("Demo seeder");
        logger.LogInformation("Empty database: seeding the demo district");
        await CreateUserAsync(SystemAdministratorEmail, "Sam Sysadmin", Roles.SystemAdministrator, null, null);

        var district = await provisioner.CreateAsync("Riverside Unified School District", "riverside", cancellationToken);
        // The demo's passwords are published: a required authenticator would only stand between a visitor and the tour.
        district.TwoFactorRequiredForAdministrators = false;
        using (currentDistrict.Use(district.Id))
        {
            var data = DemoDistrictData.Generate(seed: 2026);
            await DemoDistrictData.SaveAsync(db, data, cancellationToken);
            await DemoSupportMenu.SaveAsync(db, cancellationToken);
            var principal = data.Staff.First(s => s.Role == Features.Staff.StaffRole.Administrator);
            var teacher = data.Staff.First(s => s.Role == Features.Staff.StaffRole.Teacher);
            foreach (var (email, name, role) in DemoAccounts)
            {
                var staffId = role switch
                {
                    Roles.SchoolLeader => principal.Id,
                    Roles.Teacher => teacher.Id,
                    _ => (Guid?)null,
                };
                await CreateUserAsync(email, name, role, district.Id, staffId);
            }
            var demo = new DemoDistrict(district.Id, principal.Assignments.FirstOrDefault()?.SchoolId, clock.GetUtcNow());
            foreach (var content in contents)
            {
                await content.AddAsync(demo, cancellationToken);
            }
        }
        logger.LogInformation("Demo district seeded");
    }

    private async Task CreateUserAsync(string email, string name, string role, Guid? districtId, Guid? staffMemberId)
    {
        var user = new BeaconUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            DistrictId = districtId,
            StaffMemberId = staffMemberId,
        };
        var created = await userManager.CreateAsync(user, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
        await userManager.AddToRoleAsync(user, role);
    }
}
