using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans.Publishing;

/// <summary>
/// What a district chose to publish on its public page (<c>/Public/{slug}</c>): one district plan, and
/// which of its figures. Nothing else of the district ever appears there. One row per district.
/// </summary>
public class PublicPlanPage : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public bool Published { get; set; }
    public Guid? PlanId { get; set; }
    public bool ShowGoals { get; set; }
    public bool ShowMeasures { get; set; }
    public bool ShowBudget { get; set; }

    /// <summary>A survey whose final release's district favourability is shown (when not suppressed).</summary>
    public Guid? SurveyId { get; set; }
}
