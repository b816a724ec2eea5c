using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Goals;

public class GoalForm
{
    [Required(ErrorMessage = "Write the goal, e.g. \"Every student reads at grade level by grade 3\".")]
    [StringLength(Limits.Line, ErrorMessage = "Keep the goal under {1:N0} characters; put detail in the description.")]
    [Display(Name = "Goal")]
    public string Title { get; set; } = "";

    [StringLength(Limits.LongText, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "District goal it serves")]
    public Guid? DistrictGoalId { get; set; }
}

/// <summary>The district goals a school plan's goal may serve: those of the district plan the school plan sits under.</summary>
public static class DistrictGoalChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Title)>> ForAsync(BeaconDbContext db, Plan plan, CancellationToken cancellationToken)
    {
        if (plan.DistrictPlanId is not { } parent)
        {
            return [];
        }
        var goals = await db.PlanGoals.Where(g => g.PlanId == parent).OrderBy(g => g.Position)
            .Select(g => new { g.Id, g.Position, g.Title }).ToListAsync(cancellationToken);
        return goals.Select(g => (g.Id, $"Goal {g.Position}: {g.Title}")).ToList();
    }

    /// <summary>A school goal must name one of its district plan's goals; a district goal names none.</summary>
    public static void Validate(Plan plan, GoalForm form, IReadOnlyList<(Guid Id, string Title)> choices, ModelStateDictionary modelState)
    {
        if (plan.IsDistrictPlan)
        {
            form.DistrictGoalId = null;
        }
        else if (choices.Count == 0)
        {
            modelState.AddModelError("Form.DistrictGoalId", "The district plan has no goals yet, so there is nothing to align to. Ask district leaders to add the district goals first.");
        }
        else if (form.DistrictGoalId is not { } chosen || choices.All(c => c.Id != chosen))
        {
            modelState.AddModelError("Form.DistrictGoalId", "Choose the district goal this school goal serves.");
        }
    }
}
