using Beacon.Tests.Infrastructure;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Imports;

[Trait("Category", "Database")]
public class AbandonedImportPurgeTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Purge_UploadsNeverConfirmed_DeletedAfterTheLimitOthersKept()
    {
        var riverside = await factory.CreateDistrictAsync();
        var hillcrest = await factory.CreateDistrictAsync();
        var now = DateTimeOffset.UtcNow;
        var oldHere = await RunAsync(riverside.Id, ImportStatus.AwaitingConfirmation, now.AddHours(-25));
        var oldThere = await RunAsync(hillcrest.Id, ImportStatus.AwaitingConfirmation, now.AddDays(-3));
        var recent = await RunAsync(riverside.Id, ImportStatus.AwaitingConfirmation, now.AddHours(-23));
        var applied = await RunAsync(riverside.Id, ImportStatus.Applied, now.AddDays(-10));
        var discarded = await RunAsync(hillcrest.Id, ImportStatus.Discarded, now.AddDays(-10));

        var deleted = await factory.InScopeAsync(null, (sp, _) => sp.GetRequiredService<AbandonedImportPurge>().PurgeAsync());
        var left = await factory.InScopeAsync(null, (_, db) => db.ImportRuns.IgnoreQueryFilters()
            .Where(r => r.DistrictId == riverside.Id || r.DistrictId == hillcrest.Id).Select(r => r.Id).ToListAsync());

        Assert.True(deleted >= 2, $"Deleted {deleted}");
        Assert.Equal(new[] { recent, applied, discarded }.Order(), left.Order());
        Assert.DoesNotContain(oldHere, left);
        Assert.DoesNotContain(oldThere, left);
    }

    private Task<Guid> RunAsync(Guid districtId, ImportStatus status, DateTimeOffset uploadedAt) =>
        factory.InScopeAsync(districtId, async (_, db) =>
        {
            var run = new ImportRun
            {
                Id = Guid.CreateVersion7(),
                Kind = ImportKind.Schools,
                FileName = "schools.csv",
                UploadedAt = uploadedAt,
                UploadedBy = "test",
                Status = status,
                Content = status == ImportStatus.AwaitingConfirmation ? new byte[1024] : null,
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });
}
