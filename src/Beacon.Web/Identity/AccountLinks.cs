using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Beacon.Web.Identity;

/// <summary>
/// Absolute links for account mails. <c>Beacon:PublicUrl</c>, when set, is the base; otherwise the
/// current request's address is. Set it in production: the Host header is chosen by whoever sends
/// the request, and a reset link pointing at someone else's host would hand them the token.
/// </summary>
public sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor http, IConfiguration configuration)
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

    private string Absolute(string page, string userId, string token)
    {
        var values = new { userId, code = Encode(token) };
        if (configuration["Beacon:PublicUrl"] is { Length: > 0 } publicUrl)
        {
            return publicUrl.TrimEnd('/') + links.GetPathByPage(page, handler: null, values);
        }
        var context = http.HttpContext
            ?? throw new InvalidOperationException("An account link outside a request needs Beacon:PublicUrl to be set.");
        return links.GetUriByPage(context, page, handler: null, values)
            ?? throw new InvalidOperationException($"No page {page} to link to.");
    }
}
