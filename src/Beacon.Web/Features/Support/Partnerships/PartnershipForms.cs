using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Support.Partnerships;

public class MilestoneForm
{
    [Required(ErrorMessage = "Name the milestone, e.g. \"End of first term\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the title under {1:N0} characters.")]
    [Display(Name = "Milestone")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write the agreed target, e.g. \"Reading proficiency at least 45%\".")]
    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the target under {1:N0} characters.")]
    [Display(Name = "Agreed target")]
    public string Target { get; set; } = "";

    [Required(ErrorMessage = "Enter the date the target is due.")]
    [Display(Name = "Due on")]
    public DateOnly? DueOn { get; set; }

    [Required(ErrorMessage = "Enter the instalment paid when the target is met, e.g. 25000.")]
    [Range(0, 100_000_000, ErrorMessage = "Enter an amount between 0 and 100,000,000.")]
    [Display(Name = "Instalment paid when met")]
    public decimal? Amount { get; set; }

    [Display(Name = "Measure that decides it (optional)")]
    public Guid? MeasureId { get; set; }

    [Display(Name = "School year of the figure")]
    public int? MeasureYear { get; set; }

    [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Enter a target figure between -1,000,000,000 and 1,000,000,000.")]
    [Display(Name = "Target figure")]
    public double? TargetValue { get; set; }
}

public class OutcomeForm
{
    public Guid MilestoneId { get; set; }

    [Required(ErrorMessage = "Choose whether the agreed terms were met.")]
    public bool? TermsMet { get; set; }

    [StringLength(Limits.Text, ErrorMessage = "Keep the reason under {1:N0} characters.")]
    public string? Reason { get; set; }
}

public class VisitForm
{
    [Required(ErrorMessage = "Enter the date of the visit.")]
    [Display(Name = "Visited on")]
    public DateOnly? VisitedOn { get; set; }

    [Required(ErrorMessage = "Say what the visit did, e.g. \"Co-planned Year 4 reading lessons\".")]
    [StringLength(Limits.Text, ErrorMessage = "Keep the notes under {1:N0} characters.")]
    [Display(Name = "What happened")]
    public string Notes { get; set; } = "";
}

public class EvaluationForm
{
    [Required(ErrorMessage = "Name the term, e.g. \"Autumn 2026\".")]
    [StringLength(60, ErrorMessage = "Keep the term under 60 characters.")]
    [Display(Name = "Term")]
    public string Term { get; set; } = "";

    [Display(Name = "Rating")]
    public EvaluationRating Rating { get; set; }

    [Required(ErrorMessage = "Summarise the evaluation: what worked and what did not.")]
    [StringLength(Limits.LongText, ErrorMessage = "Keep the summary under {1:N0} characters.")]
    [Display(Name = "Summary")]
    public string Summary { get; set; } = "";
}
