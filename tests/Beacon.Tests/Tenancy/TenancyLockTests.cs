using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Tenancy;

[Trait("Category", "Database")]
public class TenancyLockTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Query_NoDistrictInScope_FindsNoDistrictRecords()
    {
        var district = await factory.CreateDistrictAsync();
        await factory.InScopeAsync(district.Id, (_, db) =>
        {
            db.Schools.Add(new School { SourceId = "x", Name = "Visible Only In Scope" });
            return db.SaveChangesAsync();
        });

        var (withoutScope, withScope) = (
            await factory.InScopeAsync(null, (_, db) => db.Schools.CountAsync(s => s.Name == "Visible Only In Scope")),
            await factory.InScopeAsync(district.Id, (_, db) => db.Schools.CountAsync(s => s.Name == "Visible Only In Scope")));

        Assert.Equal(0, withoutScope);
        Assert.Equal(1, withScope);
    }

    [Fact]
    public async Task Save_NewRecordWithoutDistrict_IsStampedWithDistrictInScope()
    {
        var district = await factory.CreateDistrictAsync();

        var stamped = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var school = new School { SourceId = "stamp", Name = "Stamped School" };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            return school.DistrictId;
        });

        Assert.Equal(district.Id, stamped);
    }

    [Fact]
    public async Task Save_RecordOfAnotherDistrict_IsRefusedAndNothingWritten()
    {
        var mine = await factory.CreateDistrictAsync();
        var theirs = await factory.CreateDistrictAsync();

        var error = await factory.InScopeAsync(mine.Id, async (_, db) =>
        {
            db.Schools.Add(new School { SourceId = "cross", Name = "Smuggled School", DistrictId = theirs.Id });
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<InvalidOperationException>(error);
        Assert.Equal(0, await factory.InScopeAsync(theirs.Id, (_, db) => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task Save_NoDistrictInScope_NewDistrictRecordIsRefused()
    {
        var error = await factory.InScopeAsync(null, async (_, db) =>
        {
            db.Schools.Add(new School { SourceId = "orphan", Name = "Orphan School" });
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public async Task Model_MatchesMigrations_NoPendingChanges()
    {
        var pending = await factory.InScopeAsync(null, (_, db) => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model has changed since the last migration: run tools/Beacon.MigrationTool add <Name>.");
    }

    [Fact]
    public void Filter_EveryDistrictOwnedEntity_HasTheTenantFilter()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();

        var unfiltered = db.Model.GetEntityTypes()
            .Where(t => typeof(Beacon.Web.Tenancy.IDistrictOwned).IsAssignableFrom(t.ClrType))
            .Where(t => t.FindDeclaredQueryFilter(BeaconDbContext.TenantFilter) is null)
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.Empty(unfiltered);
    }
}
