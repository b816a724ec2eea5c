using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Net.Http.Headers;

namespace Beacon.Web.Ui;

/// <summary>
/// How Beacon sits behind a TLS proxy. <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are taken
/// only from the addresses and networks listed in <c>Beacon:Proxies</c> (none by default: anyone can
/// send those headers). When the original request was HTTPS, cookies are <c>Secure</c> and HSTS is sent.
/// </summary>
public static class Transport
{
    public const string ProxiesSetting = "Beacon:Proxies";

    public static WebApplicationBuilder AddBeaconTransport(this WebApplicationBuilder builder)
    {
        var proxies = Proxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }
        });
        // The Server header only tells an attacker which server to look up vulnerabilities for.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        return builder;
    }

    /// <summary>Goes first: every later middleware (HSTS, cookies, links) sees the original scheme and client address.</summary>
    public static WebApplication UseBeaconTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest });
        return app;
    }

    /// <summary>
    /// Exports and downloads (anything Beacon generates that is not a page) are never kept by a
    /// browser or a shared cache: they hold district data. Goes after the static files, which are cached.
    /// </summary>
    public static IApplicationBuilder UseBeaconNoStoreDownloads(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                var isPage = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                if (!isPage || response.Headers.ContentDisposition.Count > 0)
                {
                    response.Headers.CacheControl = "no-store";
                    response.Headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>The proxies of <c>Beacon:Proxies</c>: a list, or one comma-separated value; each an address or a network (CIDR).</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Proxies(IConfiguration configuration)
    {
        var section = configuration.GetSection(ProxiesSetting);
        var entries = section.GetChildren().Select(c => c.Value).ToList();
        if (entries.Count == 0)
        {
            entries.AddRange((section.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidOperationException(
                    $"{ProxiesSetting} holds '{entry}', which is neither an IP address (10.0.0.5) nor a network (10.0.0.0/24).");
            }
        }
        return networks;
    }
}
