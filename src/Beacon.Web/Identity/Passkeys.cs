using System.Buffers.Text;
using System.Security.Claims;
using System.Text.Json;
using Beacon.Web.Data;
using Beacon.Web.Data.Configurations;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity;

/// <summary>
/// Passkeys (WebAuthn) through ASP.NET Core Identity. The relying party is the host of
/// <c>Beacon:PublicUrl</c> and only its origin is accepted; without the setting (development, tests)
/// Identity uses the request's host and the request's Origin header, which Production never does
/// because it refuses to start without PublicUrl.
/// </summary>
public static class Passkeys
{
    /// <summary>The <c>amr</c> claim of a session opened with a passkey: the district's two-step policy counts it as strong.</summary>
    public const string AuthenticationMethod = "passkey";

    /// <summary>Identity's claim for how the session was opened; <c>RefreshSignInAsync</c> carries it over.</summary>
    public const string AuthenticationMethodClaim = "amr";

    public static WebApplicationBuilder AddBeaconPasskeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityPasskeyOptions>().Configure<IOptions<PublicLinkOptions>>((passkeys, links) =>
        {
            if (links.Value.Base is not { } publicUrl)
            {
                return;
            }
            var origin = publicUrl.GetLeftPart(UriPartial.Authority);
            passkeys.ServerDomain = publicUrl.Host;
            passkeys.ValidateOrigin = context => ValueTask.FromResult(
                !context.CrossOrigin && string.Equals(context.Origin, origin, StringComparison.OrdinalIgnoreCase));
        });
        // Identity's once-a-minute claims rebuild forgets how the session was opened; a passkey session stays one.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.HasClaim(AuthenticationMethodClaim, AuthenticationMethod) == true
                && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity
                && !identity.HasClaim(AuthenticationMethodClaim, AuthenticationMethod))
            {
                identity.AddClaim(new Claim(AuthenticationMethodClaim, AuthenticationMethod));
            }
            return Task.CompletedTask;
        });
        return builder;
    }

    public static bool SignedInWithPasskey(this ClaimsPrincipal principal) =>
        principal.HasClaim(AuthenticationMethodClaim, AuthenticationMethod);

    /// <summary>The credential id a browser sent (<c>id</c>, base64url), or null when the JSON does not hold one.</summary>
    public static byte[]? CredentialId(string credentialJson)
    {
        try
        {
            using var json = JsonDocument.Parse(credentialJson);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 and <= MaxIdText } text && Base64Url.IsValid(text)
                ? Base64Url.DecodeFromChars(text)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A credential id in a link: base64url, as the browser writes it.</summary>
    public static string ToRouteId(byte[] credentialId) => Base64Url.EncodeToString(credentialId);

    public static byte[]? FromRouteId(string? id) =>
        id is { Length: > 0 and <= MaxIdText } && Base64Url.IsValid(id) ? Base64Url.DecodeFromChars(id) : null;

    /// <summary>Stamps the passkey's last use; Identity keeps only its name and creation time.</summary>
    public static Task StampUseAsync(BeaconDbContext db, byte[] credentialId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.UserPasskeys
            .Where(p => p.CredentialId == credentialId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<DateTimeOffset?>(p, UserPasskeyConfiguration.LastUsedAt), now), cancellationToken);

    // Credential ids are at most 1023 bytes (WebAuthn), 1364 characters in base64url.
    private const int MaxIdText = 1364;
}

/// <summary>
/// Marks a session opened with a passkey (<see cref="Passkeys.AuthenticationMethod"/>) instead of the
/// <c>amr=pwd</c> Identity gives every sign-in without a second step.
/// </summary>
public sealed class BeaconSignInManager(
    UserManager<BeaconUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<BeaconUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<BeaconUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<BeaconUser> confirmation)
    : SignInManager<BeaconUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool _passkeySignIn;

    public override async Task<SignInResult> PasskeySignInAsync(string credentialJson)
    {
        _passkeySignIn = true;
        try
        {
            return await base.PasskeySignInAsync(credentialJson);
        }
        finally
        {
            _passkeySignIn = false;
        }
    }

    public override Task SignInWithClaimsAsync(BeaconUser user, Microsoft.AspNetCore.Authentication.AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims) =>
        base.SignInWithClaimsAsync(user, authenticationProperties, _passkeySignIn
            ? [.. additionalClaims.Where(c => c.Type != Passkeys.AuthenticationMethodClaim), new Claim(Passkeys.AuthenticationMethodClaim, Passkeys.AuthenticationMethod)]
            : additionalClaims);
}
