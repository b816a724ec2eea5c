using System.Security.Cryptography;
using System.Text;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// Secret tokens for calendar addresses. A token is the district's id followed by random hex, so
/// the anonymous feed knows which district to act for before it looks the token's hash up through
/// the ordinary tenant filter.
/// </summary>
public static class CalendarTokens
{
    public static (string Token, string Hash) New(Guid districtId)
    {
        var token = districtId.ToString("N") + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        return (token, Hash(token));
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    public static Guid? DistrictOf(string token) =>
        token.Length == 72 && Guid.TryParseExact(token[..32], "N", out var id) ? id : null;
}
