using Beacon.Web.Data;
using Beacon.Web.Jobs;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Features.Surveys;

/// <summary>How published surveys' invitations are made in the background: <c>Beacon:Surveys:Inviting</c> in configuration.</summary>
public sealed class SurveyInvitingOptions
{
    public const string Section = "Beacon:Surveys:Inviting";

    /// <summary>How often the job looks for surveys still being published.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Staff invited per transaction: a crash undoes at most this many, and SQLite's one writer waits at most this long.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Batches per run of the job (0: until done); the next run carries on where this one stopped.</summary>
    public int BatchesPerRun { get; set; }
}

/// <summary>
/// Makes the invitations of every survey being published, for every district (so it finds the
/// mailings past the tenant filter, then works inside each one's district): batch after batch
/// through <see cref="SurveyInviter.InviteNextAsync"/> until nobody is left. A run stopped by a
/// crash or a shutdown between or inside batches leaves whole batches only, and the next run, on
/// this node or another, goes on with whoever has no invitation yet.
/// </summary>
public sealed class SurveyInvitingJob(BeaconDbContext db, SurveyInviter inviter, CurrentDistrict district, IOptions<SurveyInvitingOptions> options) : IBeaconJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await db.SurveyMailings.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
            .Where(m => m.Inviting)
            .OrderBy(m => m.QueuedAt)
            .Select(m => new { m.Id, m.DistrictId })
            .ToListAsync(cancellationToken);
        var batches = 0;
        foreach (var mailing in pending)
        {
            using var _ = district.Use(mailing.DistrictId);
            while (!cancellationToken.IsCancellationRequested && (settings.BatchesPerRun <= 0 || batches < settings.BatchesPerRun))
            {
                batches++;
                if (!await inviter.InviteNextAsync(mailing.Id, Math.Max(1, settings.BatchSize), cancellationToken))
                {
                    break;
                }
            }
        }
    }
}
