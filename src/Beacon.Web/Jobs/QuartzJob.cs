using Quartz;

namespace Beacon.Web.Jobs;

/// <summary>
/// The one Quartz job type: runs the <see cref="IBeaconJob"/> it is made for in a service scope of
/// its own. Never two runs of one job at once, on any node.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class QuartzJob<TJob>(IServiceScopeFactory scopes, ILogger<QuartzJob<TJob>> logger) : IJob
    where TJob : IBeaconJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next fire tries again; a job's own retries (mail) are kept in its own rows.
            logger.LogError(exception, "Job {Job} failed", typeof(TJob).Name);
        }
    }
}
