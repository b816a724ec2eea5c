namespace Beacon.Web.Data;

/// <summary>
/// An operator's command a feature offers (<c>dotnet run --project src/Beacon.Web -- NAME</c>), run
/// instead of serving once the database is up to date; plumbing runs it without knowing the feature.
/// </summary>
public interface IMaintenanceCommand
{
    /// <summary>The word that starts it on the command line.</summary>
    string Name { get; }

    /// <summary>Does the work and returns the line to print.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
