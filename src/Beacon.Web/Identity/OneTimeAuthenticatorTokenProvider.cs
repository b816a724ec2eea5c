using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Web.Identity;

/// <summary>
/// Identity's authenticator check (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps of
/// clock drift either way) with one addition: a code works once. The last time step accepted is kept
/// in the account's token store and a code from that step or an earlier one is refused, so a code
/// read over a shoulder or from a proxy log cannot be replayed. Saving the step updates the account
/// under its concurrency stamp, so of two requests racing with one code only one succeeds.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<BeaconUser>
{
    public const string StoreName = "[Beacon]";
    public const string LastStepToken = "AuthenticatorLastStep";
    private const int AllowedDrift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BeaconUser> manager, BeaconUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // The app makes the codes; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<BeaconUser> manager, BeaconUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<BeaconUser> manager, BeaconUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }
        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, StoreName, LastStepToken),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var last) ? last : long.MinValue;
        var keyBytes = Base32.Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (step > lastUsed && Code(keyBytes, step) == code)
            {
                var saved = await manager.SetAuthenticationTokenAsync(user, StoreName, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }
        return false;
    }

    public static int Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
    }

    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[] Decode(string text)
        {
            var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
            var bytes = new List<byte>(clean.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var c in clean)
            {
                var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
                if (value < 0)
                {
                    throw new FormatException("The authenticator key is not base32.");
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
}
