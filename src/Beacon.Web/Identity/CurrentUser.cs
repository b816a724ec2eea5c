using System.Security.Claims;

namespace Beacon.Web.Identity;

/// <summary>Who is acting: the signed-in person, or a named process (the demo seeder, a command-line import).</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private (string? Id, string Name)? _override;

    public string? Id => _override is { } o ? o.Id : Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => _override is { } o ? o.Name : Principal?.Identity?.Name ?? "anonymous";

    /// <summary>The request being served, to group the changes it made; null outside a request (the seeder, a command-line import).</summary>
    public string? RequestId => http.HttpContext?.TraceIdentifier;

    public ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public IDisposable ActAs(string name, string? id = null)
    {
        var previous = _override;
        _override = (id, name);
        return new Restore(() => _override = previous);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
