using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// The code of a one-time survey link: the district's id (so the page knows which district to act
/// for before anyone signs in) followed by 32 random bytes. Only its SHA-256 is stored, so the
/// database alone cannot answer on anyone's behalf.
/// </summary>
public static class SurveyCodes
{
    public static string New(Guid districtId) =>
        WebEncoders.Base64UrlEncode([.. districtId.ToByteArray(), .. RandomNumberGenerator.GetBytes(32)]);

    public static string Hash(string code) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(code)));

    public static Guid? DistrictOf(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100)
        {
            return null;
        }
        try
        {
            var bytes = WebEncoders.Base64UrlDecode(code);
            return bytes.Length == 48 ? new Guid(bytes.AsSpan(0, 16)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
