using Beacon.Web.Data;
using Beacon.Web.Jobs;

namespace Beacon.Web.Features.Plans;

public static class PlansSetup
{
    public static WebApplicationBuilder AddBeaconPlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanAccess>();
        builder.Services.AddDemoContent<DemoPlans>();
        builder.Services.AddScoped<MetricActuals>();
        builder.Services.AddScoped<PlanReader>();
        builder.Services.AddScoped<EditablePlans>();
        builder.Services.AddScoped<PlanDashboardQuery>();
        builder.Services.AddScoped<Feedback.FeedbackCircle>();
        builder.Services.AddScoped<Feedback.FeedbackWriter>();
        builder.Services.AddScoped<Budgets.BudgetQuery>();
        builder.Services.AddScoped<Publishing.PublicFiguresQuery>();
        builder.Services.AddRecurringJob<Reminders.ReminderJob>("plan-action-reminders", TimeSpan.FromHours(1));
        Ui.Pdf.EmbeddedFontResolver.Install();
        return builder;
    }
}
