using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity.Throttling;

/// <summary>
/// Failed sign-ins of one account from one address. Only failures count, so a person signing in and
/// out again is never held up; once the limit (below Identity's lockout) is spent, that address may not
/// try that account until the window moves on, and Identity's lockout, which counts per account, is
/// left for attempts spread over many addresses. Wrong passwords and unknown addresses count alike.
/// </summary>
public sealed class SignInFailures : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInFailures(IOptions<ThrottleOptions> options)
    {
        var limit = options.Value.SignInFailuresPerAccountAndAddress;
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limit.Permits,
                Window = limit.Window,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <param name="key">The account tried and the address it is tried from (see the sign-in page).</param>
    public bool MayTry(string key) => _failures.GetStatistics(key) is not { CurrentAvailablePermits: <= 0 };

    public void Failed(string key)
    {
        using var lease = _failures.AttemptAcquire(key);
    }

    public void Dispose() => _failures.Dispose();
}
