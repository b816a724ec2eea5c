using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Beacon.Web.Identity;

/// <summary>
/// A program calling /api/… cannot follow a redirect to the sign-in page: it gets 401 when it is
/// not signed in and 403 when its account may not do this, with a short JSON reason.
/// </summary>
public static class ApiChallenges
{
    public static IServiceCollection AddBeaconApiChallenges(this IServiceCollection services) =>
        services.ConfigureApplicationCookie(options =>
        {
            var toSignIn = options.Events.OnRedirectToLogin;
            var toDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in first: this API takes the Beacon sign-in cookie.")
                : toSignIn(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Your account does not have the role this needs.")
                : toDenied(context);
        });

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task WriteAsync(HttpContext context, int status, string error)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { error }));
    }
}
