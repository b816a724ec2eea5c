using Beacon.Web.Data;
using Beacon.Web.Jobs;

namespace Beacon.Web.Features.Surveys;

public static class SurveysSetup
{
    public static WebApplicationBuilder AddBeaconSurveys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnswerSheets>();
        builder.Services.AddScoped<SurveySubmission>();
        builder.Services.AddScoped<SurveyTallies>();
        builder.Services.AddScoped<IMaintenanceCommand, RebuildTalliesCommand>();
        builder.Services.AddScoped<SurveyInviter>();
        var inviting = builder.Configuration.GetSection(SurveyInvitingOptions.Section);
        builder.Services.AddOptions<SurveyInvitingOptions>().Bind(inviting);
        builder.Services.AddRecurringJob<SurveyInvitingJob>("survey-inviting", (inviting.Get<SurveyInvitingOptions>() ?? new SurveyInvitingOptions()).Interval);
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SurveyResultsQuery>();
        builder.Services.AddScoped<SurveyReleaser>();
        builder.Services.AddScoped<SurveyAccess>();
        builder.Services.AddScoped<SurveyMailingLog>();
        return builder;
    }
}
