using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>
/// Makes a sign-in to an address without an account indistinguishable from a wrong password: the
/// password hasher runs once against a hash of a random password (so the time is the same), and
/// failures are counted per address so that after as many as lock an account, the same "locked"
/// message appears for the same while. The counts live in this node's memory: they only need to
/// look like lockout, not to protect anything.
/// </summary>
public sealed class UnknownAccounts(IPasswordHasher<BeaconUser> hasher, UnknownAccounts.Memory memory, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private static readonly BeaconUser Nobody = new() { Id = "00000000-0000-0000-0000-000000000000", DisplayName = "", UserName = "" };

    private ConcurrentDictionary<string, Failures> FailureCounts => memory.Failures;

    public SignInResult Fail(string normalizedEmail, string password)
    {
        var now = clock.GetUtcNow();
        var lockout = identity.Value.Lockout;
        var entry = FailureCounts.GetValueOrDefault(normalizedEmail);
        if (entry is { LockedUntil: { } until } && until > now)
        {
            // A locked account is refused before its password is checked: no hashing here either.
            return SignInResult.LockedOut;
        }
        Hash(password);
        var count = (entry is { LockedUntil: null } ? entry.Count : 0) + 1;
        if (count >= lockout.MaxFailedAccessAttempts)
        {
            FailureCounts[normalizedEmail] = new Failures(0, now + lockout.DefaultLockoutTimeSpan);
            ForgetOld(now);
            return SignInResult.LockedOut;
        }
        FailureCounts[normalizedEmail] = new Failures(count, null);
        return SignInResult.Failed;
    }

    /// <summary>Runs the hasher once for an account that has no password yet (invited, not accepted), as for any other.</summary>
    public void Hash(string password) => hasher.VerifyHashedPassword(Nobody, memory.DecoyHash.Value, password);

    /// <summary>Keeps the table from growing without end under a flood of made-up addresses.</summary>
    private void ForgetOld(DateTimeOffset now)
    {
        if (FailureCounts.Count < 10_000)
        {
            return;
        }
        foreach (var (key, value) in FailureCounts)
        {
            if (value.LockedUntil is not { } until || until <= now)
            {
                FailureCounts.TryRemove(key, out _);
            }
        }
    }

    public sealed record Failures(int Count, DateTimeOffset? LockedUntil);

    /// <summary>What outlives a request (a singleton): the failure counts and the decoy hash.</summary>
    public sealed class Memory
    {
        public ConcurrentDictionary<string, Failures> Failures { get; } = new(StringComparer.Ordinal);

        // Made with a fresh hasher, not the injected one, so making the decoy never counts as a run.
        public Lazy<string> DecoyHash { get; } = new(() =>
            new PasswordHasher<BeaconUser>().HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }
}
