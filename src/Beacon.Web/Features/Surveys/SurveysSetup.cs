using Beacon.Web.Data;

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
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SurveyResultsQuery>();
        builder.Services.AddScoped<SurveyReleaser>();
        builder.Services.AddScoped<SurveyAccess>();
        builder.Services.AddScoped<SurveyMailingLog>();
        return builder;
    }
}
