using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>
/// Refuses passwords found in lists of commonly used and breached passwords (shipped as
/// common-passwords.txt), and passwords that are only the user's own name or email.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<BeaconUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<BeaconUser> manager, BeaconUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var normalized = password.Trim().ToLowerInvariant();
        var tooCommon = Common.Value.Contains(normalized)
            || normalized.Distinct().Count() <= 2
            || (user.Email is { } email && normalized.Contains(email.Split('@')[0].ToLowerInvariant()) && email.Split('@')[0].Length >= 6);
        return Task.FromResult(tooCommon
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or too easy to guess. Choose a longer phrase that is not your name or email.",
            })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Beacon.Web.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }
        return set;
    }
}
