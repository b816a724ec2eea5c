using System.Text.Json;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Data;

[Trait("Category", "Database")]
public class AuditInterceptorTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task SaveChanges_CreateUpdateDelete_RecordsEachWithActorAndChangedFields()
    {
        var district = await factory.CreateDistrictAsync();
        var schoolId = Guid.Empty;

        await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            using var actor = sp.GetRequiredService<CurrentUser>().ActAs("Ada Auditor", "user-ada");
            var school = new School { SourceId = "a1", Name = "Old Name", Enrollment = 100 };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            schoolId = school.Id;
            school.Name = "New Name";
            await db.SaveChangesAsync();
            db.Schools.Remove(school);
            await db.SaveChangesAsync();
        });

        var entries = await factory.InScopeAsync(district.Id, (_, db) =>
            db.AuditEntries.Where(a => a.EntityId == schoolId.ToString()).OrderBy(a => a.At).ThenBy(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.Select(e => e.Action).Order());
        Assert.All(entries, e => Assert.Equal(("Ada Auditor", "user-ada", "School"), (e.UserName, e.UserId, e.Entity)));
        var update = entries.Single(e => e.Action == AuditAction.Updated);
        var changes = JsonDocument.Parse(update.Changes).RootElement;
        Assert.Equal("Old Name", changes.GetProperty("Name").GetProperty("from").GetString());
        Assert.Equal("New Name", changes.GetProperty("Name").GetProperty("to").GetString());
        Assert.False(changes.TryGetProperty("Enrollment", out _), "unchanged fields are not listed");
    }

    [Fact]
    public async Task SaveChanges_UserPasswordChanged_LogsThatItChangedButNeverTheHash()
    {
        var district = await factory.CreateDistrictAsync();
        var account = await factory.CreateAccountAsync(district, Roles.Teacher);

        var logged = await factory.InScopeAsync(district.Id, (_, db) =>
            db.AuditEntries.Where(a => a.EntityId == account.Id).Select(a => a.Changes).ToListAsync());

        Assert.NotEmpty(logged);
        Assert.All(logged, changes => Assert.DoesNotContain("AQAAAA", changes));
    }

    [Fact]
    public async Task SignIn_AfterAWrongPassword_AddsNothingToTheAuditLog()
    {
        var district = await factory.CreateDistrictAsync();
        var account = await factory.CreateAccountAsync(district, Roles.Teacher);
        Task<int> CountAsync() => factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries.CountAsync());
        var before = await CountAsync();

        // A failed attempt counts up and the next good one resets the count: bookkeeping, not history.
        using (var wrong = BrowserlessClient.For(factory))
        {
            await wrong.SignInAsync(account.Email, "not-the-password");
        }
        using var client = await BrowserlessClient.SignedInAsync(factory, account);
        Assert.Contains(account.Email, await client.GetPageAsync("/Account/Manage"));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task RoleGivenAndTaken_LoggedAgainstThePersonWithTheRoleName()
    {
        var district = await factory.CreateDistrictAsync();
        var account = await factory.CreateAccountAsync(district, Roles.Teacher);

        await factory.InScopeAsync(district.Id, async (sp, _) =>
        {
            using var actor = sp.GetRequiredService<CurrentUser>().ActAs("Role Changer", "user-rc");
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BeaconUser>>();
            var user = await users.FindByIdAsync(account.Id);
            await users.RemoveFromRoleAsync(user!, Roles.Teacher);
            await users.AddToRoleAsync(user!, Roles.Coach);
        });

        var logged = await factory.InScopeAsync(district.Id, (_, db) =>
            db.AuditEntries.Where(a => a.Entity == "UserRole" && a.EntityId == account.Id && a.UserName == "Role Changer").ToListAsync());
        Assert.Contains(logged, a => a.Action == AuditAction.Deleted && a.Changes.Contains(Roles.Teacher));
        Assert.Contains(logged, a => a.Action == AuditAction.Created && a.Changes.Contains(Roles.Coach));
    }
}
