using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Plans;

/// <summary>What a person writes about a plan as a whole: its name, period, mission and vision.</summary>
public class PlanForm
{
    [Required(ErrorMessage = "Give the plan a title, e.g. \"Strategic plan 2025–2028\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the title under {1:N0} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Choose the school year the plan starts in.")]
    [Range(2000, 2100, ErrorMessage = "Choose a school year between 2000 and 2100.")]
    [Display(Name = "First school year")]
    public int? StartYear { get; set; }

    [Required(ErrorMessage = "Choose how many years the plan runs.")]
    [Range(1, Plan.MaxYears, ErrorMessage = "A plan runs for one to five years.")]
    [Display(Name = "Length of the plan (years)")]
    public int? Years { get; set; } = 3;

    [StringLength(Limits.Text, ErrorMessage = "Keep the mission under {1:N0} characters.")]
    [Display(Name = "Mission")]
    public string? Mission { get; set; }

    [StringLength(Limits.Text, ErrorMessage = "Keep the vision under {1:N0} characters.")]
    [Display(Name = "Vision")]
    public string? Vision { get; set; }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
