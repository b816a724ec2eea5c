namespace Beacon.Web.Jobs;

/// <summary>The job runner's settings: <c>Beacon:Jobs</c> in configuration.</summary>
public sealed class JobsOptions
{
    public const string Section = "Beacon:Jobs";

    /// <summary>Whether this node runs jobs at all. Off, the node serves requests only (queued mail waits for a node that runs them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a clustered node records that it is alive; a node silent for longer has its work taken over.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long the scheduler waits before looking for due work again when it found none.</summary>
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(30);
}
