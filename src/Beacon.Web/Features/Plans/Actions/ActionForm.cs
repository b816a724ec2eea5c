using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans.Actions;

public class ActionForm
{
    [Required(ErrorMessage = "Say what will be done, e.g. \"Train K-3 teachers in phonics routines\".")]
    [StringLength(Limits.Line, ErrorMessage = "Keep the action under {1:N0} characters.")]
    [Display(Name = "Action")]
    public string Title { get; set; } = "";

    [Display(Name = "Strategy it carries out")]
    public Guid? StrategyId { get; set; }

    /// <summary>The owner's account, chosen in the people picker; empty for nobody with an account.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>What was typed into the people picker's search (only searched, never saved).</summary>
    [StringLength(Limits.Name)]
    public string? OwnerSearch { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "Keep the owner's name under {1:N0} characters.")]
    [Display(Name = "Owner's name (if they have no account)")]
    public string? OwnerName { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Due on")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Status")]
    public ActionStatus Status { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter a budget between 0 and 1,000,000,000, or leave it empty.")]
    [Display(Name = "Budget (optional)")]
    public decimal? Budget { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "Keep the funding source under {1:N0} characters.")]
    [Display(Name = "Funding source (optional)")]
    public string? FundingSource { get; set; }

    /// <summary>Checks what annotations cannot, and applies the form; false when the model state has errors.</summary>
    public async Task<bool> TryApplyAsync(
        PlanAction action, IReadOnlyList<(Guid Id, string Title)> strategies, PeoplePicker people, ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        if (StrategyId is { } chosen && strategies.All(s => s.Id != chosen))
        {
            modelState.AddModelError("Form.StrategyId", "Choose one of this plan's strategies.");
        }
        if (StartsOn is { } start && DueOn is { } due && due < start)
        {
            modelState.AddModelError("Form.DueOn", "The due date is before the start date. Check both dates.");
        }
        string? ownerId = null;
        if (!string.IsNullOrWhiteSpace(OwnerUserId))
        {
            ownerId = (await people.FindAsync(OwnerUserId, cancellationToken))?.Id;
            if (ownerId is null)
            {
                modelState.AddModelError("Form.OwnerUserId", "Choose one of the people listed: this person is not in your district. Find them by name, or write the owner's name instead.");
            }
        }
        if (!modelState.IsValid)
        {
            return false;
        }
        action.Title = Title.Trim();
        action.StrategyId = StrategyId;
        action.OwnerUserId = ownerId;
        action.OwnerName = ownerId is null ? PlanForm.Clean(OwnerName) : null;
        action.StartsOn = StartsOn;
        action.DueOn = DueOn;
        action.Status = Status;
        action.Budget = Budget;
        action.FundingSource = PlanForm.Clean(FundingSource);
        return true;
    }

    /// <summary>The owner picker for this form, listing the chosen owner and whoever matches the search when <paramref name="search"/> is true.</summary>
    public async Task<PeopleChoice> OwnerChoiceAsync(PeoplePicker people, bool search, CancellationToken cancellationToken) =>
        new("Form.OwnerUserId", "Form.OwnerSearch", "Owner with a Beacon account", OwnerSearch, OwnerUserId,
            await people.ChoicesAsync(OwnerUserId, search ? OwnerSearch : null, cancellationToken))
        { Searched = search && (OwnerSearch?.Trim().Length ?? 0) >= PeoplePicker.ShortestSearch };

    public static ActionForm From(PlanAction action) => new()
    {
        Title = action.Title,
        StrategyId = action.StrategyId,
        OwnerUserId = action.OwnerUserId,
        OwnerName = action.OwnerName,
        StartsOn = action.StartsOn,
        DueOn = action.DueOn,
        Status = action.Status,
        Budget = action.Budget,
        FundingSource = action.FundingSource,
    };
}

public static class StrategyChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Title)>> ForPlanAsync(BeaconDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var strategies = await db.Strategies.Where(s => s.PlanId == planId)
            .OrderBy(s => s.Goal == null ? int.MaxValue : s.Goal.Position).ThenBy(s => s.Title)
            .Select(s => new { s.Id, s.Title, Goal = s.Goal == null ? (int?)null : s.Goal.Position })
            .ToListAsync(cancellationToken);
        return strategies.Select(s => (s.Id, s.Goal is { } g ? $"Goal {g}: {s.Title}" : $"{s.Title} (serves no goal)")).ToList();
    }
}
