using Beacon.Web;
using Beacon.Web.Data;
using Beacon.Web.Data.Backup;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Beacon.Web.Identity.Throttling;
using Beacon.Web.Imports;
using Beacon.Web.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.AddBeaconLogging();
builder.AddBeaconServices();

var app = builder.Build();

if (await app.TryRunAsync(args))
{
    return;
}

app.UseBeaconTransport();
app.UseBeaconErrorPages();
app.UseBeaconSecurityHeaders();
app.UseStaticFiles();
app.UseBeaconNoStoreDownloads();
app.UseRouting();
app.UseAuthentication();
app.UseBeaconTwoFactorPolicy();
app.UseBeaconThrottling();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapBeaconImports();
app.MapBeaconCommunities();
app.MapBeaconBenchmark();
app.MapRazorPages();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
