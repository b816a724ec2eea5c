namespace Beacon.Web.Data;

/// <summary>
/// Work a feature does at every start, after the migrations and the demo seed (e.g. installing the
/// content packs shipped since a district was created). Features register it with
/// <c>AddStartupWork</c>, so start-up in plumbing never names a feature.
/// </summary>
public interface IStartupWork
{
    Task RunAsync(CancellationToken cancellationToken);
}
