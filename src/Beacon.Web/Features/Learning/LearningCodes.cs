using System.Security.Cryptography;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// The codes of learning: a short check-in code read aloud or off the screen in the room, and a
/// certificate's verification code, which names its district (so the public check knows which
/// district to act for) followed by random letters.
/// </summary>
public static class LearningCodes
{
    // No 0/O, 1/I/L: the code is read off a projector.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int CheckInLength = 6;
    private const int CertificateRandomLength = 12;

    public static string NewCheckInCode() => Random(CheckInLength);

    public static string NewCertificateCode(Guid districtId) => districtId.ToString("N").ToUpperInvariant() + Random(CertificateRandomLength);

    /// <summary>What a person typed, the way codes are stored: upper case, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static Guid? DistrictOf(string code) =>
        code.Length == 32 + CertificateRandomLength && Guid.TryParseExact(code[..32], "N", out var id) ? id : null;

    private static string Random(int length) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
}
