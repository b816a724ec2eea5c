namespace Beacon.Web.Identity;

/// <summary>
/// How the authenticator's shared key is shown to a person who types it into their app: there is
/// no QR code, so the key is split into short groups that are easy to read and copy.
/// </summary>
public static class AuthenticatorKey
{
    public const string Issuer = "Beacon";

    public static string Format(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));

    /// <summary>The otpauth:// address apps accept when pasted; the account is the person's email.</summary>
    public static string OtpAuthUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}"
        + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>People type codes with spaces or hyphens, as apps display them; Identity wants digits only.</summary>
    public static string Clean(string code) => code.Replace(" ", "").Replace("-", "").Trim();
}
