namespace Beacon.Web.Identity;

/// <summary>
/// How the authenticator's shared key is shown: a QR code of the otpauth:// address for apps that
/// scan, and beside it the key split into short groups that are easy to read and type.
/// </summary>
public static class AuthenticatorKey
{
    /// <summary>The otpauth:// address as a PNG data address (the page's policy allows data: images, nothing inline runs).</summary>
    public static string QrCodeDataUri(string otpAuthUri) =>
        "data:image/png;base64," + Convert.ToBase64String(
            QRCoder.PngByteQRCodeHelper.GetQRCode(otpAuthUri, QRCoder.QRCodeGenerator.ECCLevel.M, 5));

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
