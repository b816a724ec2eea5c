using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Beacon.Tests.Infrastructure;

/// <summary>
/// The authenticator app's side of RFC 6238 (TOTP with HMAC-SHA1, 30-second steps, 6 digits),
/// written here from the RFC so the tests do not trust the code under test to check itself.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastSteps = new();

    /// <summary>
    /// The code a person would type now, as the server accepts each code once: a step later than the
    /// last one this key used (within the two steps of drift the server allows).
    /// </summary>
    public static string NextCode(string base32Key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = LastSteps.AddOrUpdate(base32Key, now, (_, last) => Math.Max(now, last + 1));
        return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    public static string Code(string base32Key, DateTimeOffset at, int stepOffset = 0)
    {
        var step = at.ToUnixTimeSeconds() / 30 + stepOffset;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is not valid in any step the server accepts around <paramref name="at"/>.</summary>
    public static string WrongCode(string base32Key, DateTimeOffset at)
    {
        var valid = Enumerable.Range(-3, 7).Select(s => Code(base32Key, at, s)).ToHashSet();
        var candidate = 0;
        while (valid.Contains(candidate.ToString("D6", CultureInfo.InvariantCulture)))
        {
            candidate++;
        }
        return candidate.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static byte[] Base32Decode(string text)
    {
        var clean = text.Replace(" ", "").TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
