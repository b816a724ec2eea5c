using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Identity.Throttling;

/// <summary>
/// ASP.NET Core's rate limiter over the actions marked <see cref="ThrottledAttribute"/>: each POST
/// needs a permit from its client address's limiter and from its subject's (the account a reset is
/// asked for, the administrator inviting, the survey reminded). A refused request gets 429 and the
/// error page's "too many attempts" message. Sign-in failures per account are <see cref="SignInFailures"/>.
/// </summary>
public static class Throttle
{
    public const string EmailField = "Form.Email";

    public static WebApplicationBuilder AddBeaconThrottling(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ThrottleOptions>(builder.Configuration.GetSection(ThrottleOptions.Section));
        builder.Services.AddSingleton<SignInFailures>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ThrottleOptions>>((options, throttle) =>
        {
            var limits = throttle.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Classify(context) is { } action
                    ? Partition($"{action}|{Address(context)}", PerAddress(limits, action))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Classify(context) is { } action
                    && Subject(context, action) is { } subject && PerSubject(limits, action) is { } limit
                    ? Partition($"{action}|{subject}", limit)
                    : RateLimitPartition.GetNoLimiter("")));
        });
        return builder;
    }

    /// <summary>After authentication (the inviting administrator is known) and routing (the page is known).</summary>
    public static WebApplication UseBeaconThrottling(this WebApplication app)
    {
        // The limiter's partition is chosen synchronously; the account tried is in the form, so read it first.
        app.Use(async (context, next) =>
        {
            if (Classify(context) is ThrottledAction.ForgotPassword && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    public static ThrottledAction? Classify(HttpContext context)
    {
        var post = HttpMethods.IsPost(context.Request.Method);
        if ((!post && !HttpMethods.IsGet(context.Request.Method)) || context.GetEndpoint() is not { } endpoint)
        {
            return null;
        }
        var handler = context.Request.Query["handler"].FirstOrDefault() ?? context.GetRouteValue("handler") as string;
        foreach (var throttled in endpoint.Metadata.GetOrderedMetadata<ThrottledAttribute>())
        {
            if ((post || throttled.IncludesGet) && string.Equals(throttled.Handler ?? "", handler ?? "", StringComparison.OrdinalIgnoreCase))
            {
                return throttled.Action;
            }
        }
        return null;
    }

    /// <summary>How Identity normalizes an email for lookup, so "Ann@x.org " and "ann@x.org" share one limit.</summary>
    public static string NormalizeEmail(string? email) => (email ?? "").Trim().ToUpperInvariant();

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? Subject(HttpContext context, ThrottledAction action) => action switch
    {
        ThrottledAction.ForgotPassword => NormalizeEmail(FormEmail(context)),
        ThrottledAction.Invitation => context.User.FindFirstValue(ClaimTypes.NameIdentifier),
        ThrottledAction.Reminder => context.GetRouteValue("id") as string,
        _ => null,
    };

    private static string? FormEmail(HttpContext context) =>
        context.Request.HasFormContentType ? context.Request.Form[EmailField].FirstOrDefault() : null;

    private static Limit PerAddress(ThrottleOptions limits, ThrottledAction action) => action switch
    {
        ThrottledAction.SignIn => limits.SignInPerAddress,
        ThrottledAction.TwoFactor => limits.TwoFactorPerAddress,
        ThrottledAction.ForgotPassword => limits.ForgotPasswordPerAddress,
        ThrottledAction.Invitation => limits.InvitationsPerAddress,
        ThrottledAction.CertificateCheck => limits.CertificateChecksPerAddress,
        ThrottledAction.PublicPage => limits.PublicPageViewsPerAddress,
        _ => limits.RemindersPerAddress,
    };

    private static Limit? PerSubject(ThrottleOptions limits, ThrottledAction action) => action switch
    {
        ThrottledAction.ForgotPassword => limits.ForgotPasswordPerAccount,
        ThrottledAction.Invitation => limits.InvitationsPerAccount,
        ThrottledAction.Reminder => limits.RemindersPerSurvey,
        _ => null,
    };

    private static RateLimitPartition<string> Partition(string key, Limit limit) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits,
            Window = limit.Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
