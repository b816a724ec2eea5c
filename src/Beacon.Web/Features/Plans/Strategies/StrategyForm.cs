using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Strategies;

public class StrategyForm
{
    [Required(ErrorMessage = "Name the strategy, e.g. \"Literacy coaching in every K-3 classroom\".")]
    [StringLength(Limits.Line, ErrorMessage = "Keep the strategy under {1:N0} characters; put detail in the description.")]
    [Display(Name = "Strategy")]
    public string Title { get; set; } = "";

    [StringLength(Limits.LongText, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Goal it serves")]
    public Guid? GoalId { get; set; }

    /// <summary>The framework indicators (and so the self-assessment priorities) the strategy addresses.</summary>
    public List<Guid> IndicatorIds { get; set; } = [];
}

public static class GoalChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Title)>> ForPlanAsync(BeaconDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var goals = await db.PlanGoals.Where(g => g.PlanId == planId).OrderBy(g => g.Position)
            .Select(g => new { g.Id, g.Position, g.Title }).ToListAsync(cancellationToken);
        return goals.Select(g => (g.Id, $"Goal {g.Position}: {g.Title}")).ToList();
    }
}
