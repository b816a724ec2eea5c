using Beacon.Web.Data;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Home;
using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Notifications;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Research;
using Beacon.Web.Features.SelfAssessment;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Support;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Beacon.Web.Jobs;
using Beacon.Web.Mail;
using Beacon.Web.Tenancy;
using Beacon.Web.Ui;

namespace Beacon.Web;

/// <summary>
/// Where plumbing and features meet: with <c>Program.cs</c> (which maps the endpoints), the only place
/// that names both. The web host and the benchmarks both start from <see cref="AddBeaconServices"/>.
/// </summary>
public static class BeaconServices
{
    /// <summary>Every service Beacon runs with: the plumbing first, then each feature, then the job runner.</summary>
    public static WebApplicationBuilder AddBeaconServices(this WebApplicationBuilder builder)
    {
        builder.AddBeaconPublicLinks();
        builder.AddBeaconTransport();
        builder.AddBeaconFormSafety();
        builder.AddBeaconData();
        builder.AddBeaconTenancy();
        builder.AddBeaconMail();
        builder.AddBeaconIdentity();
        builder.AddBeaconImports();
        builder.AddBeaconPages();

        // Features. Metrics before Frameworks: a new district gets its measures, then its content packs.
        builder.AddBeaconMetrics();
        builder.AddBeaconFrameworks();
        builder.AddBeaconSelfAssessment();
        builder.AddBeaconNotifications();
        builder.AddBeaconPlans();
        builder.AddBeaconSurveys();
        builder.AddBeaconCommunities();
        builder.AddBeaconStaff();
        builder.AddBeaconStaffing();
        builder.AddBeaconSupport();
        builder.AddBeaconLearning();
        builder.AddBeaconMentoring();
        builder.AddBeaconResearch();
        builder.AddBeaconHomes();
        builder.AddBeaconAudit();

        // Last: it schedules the jobs the areas above declared.
        builder.AddBeaconJobs();
        return builder;
    }
}
