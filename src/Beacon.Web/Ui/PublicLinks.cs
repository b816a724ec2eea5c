using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Ui;

/// <summary>Settings under <c>Beacon</c> that say where people reach this Beacon.</summary>
public sealed class PublicLinkOptions
{
    public const string Setting = "Beacon:PublicUrl";

    /// <summary>The address people open Beacon at, e.g. <c>https://beacon.district.example</c>: the base of every link Beacon sends out.</summary>
    public string? PublicUrl { get; set; }

    public Uri? Base => Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}

/// <summary>
/// Every absolute address Beacon hands out (password resets, invitations, survey links, calendar
/// feeds, community pages) is built here, from <c>Beacon:PublicUrl</c>. The Host header is chosen by
/// whoever sends the request: a link built from it can point a reset token at someone else's site.
/// Production refuses to start without the setting; development and tests fall back to the request.
/// </summary>
public sealed class PublicLinks(LinkGenerator links, IHttpContextAccessor http, IOptions<PublicLinkOptions> options, IServer server)
{
    /// <summary>The absolute address of a Razor page with its route and query values.</summary>
    public string Page(string page, object? values = null) =>
        Absolute(links.GetPathByPage(page, handler: null, values, pathBase: PathBase)
            ?? throw new InvalidOperationException($"No page {page} to link to."));

    /// <summary>The absolute address of a path inside Beacon, such as <c>/calendar/…ics</c>.</summary>
    public string Path(string path) => Absolute(PathBase + path);

    // With PublicUrl the path below it is the base (Beacon may live at /beacon behind a proxy);
    // without it the request's own path base is.
    private PathString PathBase => options.Value.Base is { } publicUrl
        ? new PathString(publicUrl.AbsolutePath.TrimEnd('/'))
        : http.HttpContext?.Request.PathBase ?? PathString.Empty;

    private string Absolute(string path)
    {
        if (options.Value.Base is { } publicUrl)
        {
            return publicUrl.GetLeftPart(UriPartial.Authority) + path;
        }
        if (http.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host.ToUriComponent()}{path}";
        }
        // Outside a request (a job mailing survey links) and without PublicUrl, which only Production
        // requires: the address this server listens on, as a developer opens it.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"A link outside a request needs {PublicLinkOptions.Setting} to be set.");
        return listening.TrimEnd('/') + path;
    }
}

public static class PublicLinksSetup
{
    public static WebApplicationBuilder AddBeaconPublicLinks(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<PublicLinkOptions>()
            .BindConfiguration("Beacon")
            .Validate(o => o.PublicUrl is not { Length: > 0 } || o.Base is not null,
                $"{PublicLinkOptions.Setting} must be an absolute http or https address, such as https://beacon.district.example.")
            .Validate(o => !production || o.Base is not null,
                $"{PublicLinkOptions.Setting} is not set. In Production Beacon builds every link it mails (password resets, invitations, surveys, calendars) " +
                $"from it rather than from the request's Host header, which the sender controls. Set {PublicLinkOptions.Setting} " +
                "(environment variable Beacon__PublicUrl) to the address people open Beacon at, e.g. https://beacon.district.example.")
            .ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PublicLinks>();
        return builder;
    }
}
