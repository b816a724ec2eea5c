using Beacon.Web.Data;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Home;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Jobs;
using Beacon.Web.Mail;

namespace Beacon.Web.Web;

public static class BeaconServices
{
    /// <summary>Every service Beacon runs with; the web host and the benchmarks both start from this.</summary>
    public static WebApplicationBuilder AddBeaconServices(this WebApplicationBuilder builder)
    {
        builder.AddBeaconPublicLinks();
        builder.AddBeaconTransport();
        builder.AddBeaconFormSafety();
        builder.AddBeaconData();
        builder.AddBeaconMail();
        builder.AddBeaconIdentity();
        builder.AddBeaconImports();
        builder.AddBeaconFrameworks();
        builder.AddBeaconPages();
        builder.AddBeaconPlans();
        builder.AddBeaconSurveys();
        builder.AddBeaconCommunities();
        builder.AddBeaconHomes();
        builder.AddBeaconAudit();
        // Last: it schedules the jobs the areas above declared.
        builder.AddBeaconJobs();
        return builder;
    }
}
