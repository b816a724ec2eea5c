using System.Security.Claims;

namespace Beacon.Web.Tenancy;

/// <summary>
/// The district the current unit of work acts for. In a request it comes from the signed-in
/// user's district claim; background work (seeding, imports from the command line) sets it
/// explicitly with <see cref="Use"/>. When it is null every district-owned query returns nothing.
/// </summary>
public sealed class CurrentDistrict(IHttpContextAccessor http)
{
    public const string ClaimType = "beacon:district";

    private Guid? _override;

    public Guid? Id
    {
        get
        {
            if (_override is { } forced)
            {
                return forced;
            }
            var claim = http.HttpContext?.User.FindFirstValue(ClaimType);
            return Guid.TryParse(claim, out var id) ? id : null;
        }
    }

    /// <summary>Acts for <paramref name="districtId"/> until the returned scope is disposed.</summary>
    public IDisposable Use(Guid districtId)
    {
        var previous = _override;
        _override = districtId;
        return new Restore(() => _override = previous);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
