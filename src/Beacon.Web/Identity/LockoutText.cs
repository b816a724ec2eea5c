using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>What a locked-out person is told, from the lockout as configured (<c>Beacon:Lockout:Duration</c>), not a copy of it.</summary>
public static class LockoutText
{
    public static string LockedOut(LockoutOptions lockout) => string.Create(CultureInfo.CurrentCulture,
        $"This account is locked after too many failed attempts. Try again in {Duration(lockout.DefaultLockoutTimeSpan)}, or reset your password.");

    /// <summary>The wait in whole minutes, rounded up, so nobody is told to come back before the lock ends.</summary>
    public static string Duration(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return minutes == 1 ? "1 minute" : string.Create(CultureInfo.CurrentCulture, $"{minutes:N0} minutes");
    }
}
