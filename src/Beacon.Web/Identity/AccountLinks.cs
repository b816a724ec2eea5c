using System.Text;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.WebUtilities;

namespace Beacon.Web.Identity;

/// <summary>Absolute links for account mails, built by <see cref="PublicLinks"/> from <c>Beacon:PublicUrl</c>, never from the Host header.</summary>
public sealed class AccountLinks(PublicLinks links)
{
    public string ResetPassword(string userId, string token) => Absolute("/Account/ResetPassword", userId, token);

    public string AcceptInvitation(string userId, string token) => Absolute("/Account/AcceptInvitation", userId, token);

    /// <summary>Identity tokens contain characters that do not survive a URL; links carry them Base64Url-encoded.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Absolute(string page, string userId, string token) => links.Page(page, new { userId, code = Encode(token) });
}
