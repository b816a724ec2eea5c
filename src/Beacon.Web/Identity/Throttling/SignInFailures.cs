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

    public bool MayTry(string normalizedEmail, string address) =>
        _failures.GetStatistics(Key(normalizedEmail, address)) is not { CurrentAvailablePermits: <= 0 };

    public void Failed(string normalizedEmail, string address)
    {
        using var lease = _failures.AttemptAcquire(Key(normalizedEmail, address));
    }

    public void Dispose() => _failures.Dispose();

    private static string Key(string normalizedEmail, string address) => $"{normalizedEmail}|{address}";
}
