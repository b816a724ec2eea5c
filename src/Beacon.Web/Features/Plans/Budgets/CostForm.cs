using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Plans.Budgets;

/// <summary>A cost line as the plan's budget page adds it: which action, from which source, how much.</summary>
public sealed class CostForm
{
    [Required(ErrorMessage = "Choose the action this cost belongs to.")]
    [Display(Name = "Action")]
    public Guid? ActionId { get; set; }

    [Required(ErrorMessage = "Choose the funding source.")]
    [Display(Name = "Funding source")]
    public Guid? FundingSourceId { get; set; }

    [Required(ErrorMessage = Limits.CostAmountMessage)]
    [Range(Limits.CostAmountMin, Limits.CostAmountMax, ErrorMessage = Limits.CostAmountMessage)]
    [Display(Name = "Amount")]
    public decimal? Amount { get; set; }
}

/// <summary>A new funding source as a district administrator names it.</summary>
public sealed class SourceForm
{
    [Required(ErrorMessage = "Name the funding source.")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "New funding source")]
    public string? Name { get; set; }
}
