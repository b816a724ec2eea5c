namespace Beacon.Web.Jobs;

/// <summary>
/// Work that runs on a schedule, on one node of the cluster at a time. Implementations are
/// resolved from a fresh service scope for every run and know nothing of the scheduler.
/// </summary>
public interface IBeaconJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A job and how often it runs, as registered with <see cref="JobsSetup.AddRecurringJob{TJob}"/>.</summary>
public sealed record RecurringJob(Type JobType, string Name, TimeSpan Interval)
{
    /// <summary>Hands the job to Quartz; set by <see cref="JobsSetup.AddRecurringJob{TJob}"/>.</summary>
    internal Action<Quartz.IQuartzBuilder>? Schedule { get; init; }
}
