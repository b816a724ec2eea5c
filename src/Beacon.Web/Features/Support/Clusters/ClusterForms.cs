using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Support.Clusters;

public class ClusterForm
{
    [Required(ErrorMessage = "Name the cluster, e.g. \"Riverside North cluster\".")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Cluster name")]
    public string Name { get; set; } = "";

    [StringLength(Limits.LongText, ErrorMessage = "Keep the joint plan under {1:N0} characters.")]
    [Display(Name = "Joint plan")]
    public string? JointPlan { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the goals under {1:N0} characters.")]
    [Display(Name = "Joint goals, one a line")]
    public string? Goals { get; set; }

    [Required(ErrorMessage = "Enter the staff exchange days allowed, e.g. 20.")]
    [Range(0, 10_000, ErrorMessage = "Enter between 0 and 10,000 days.")]
    [Display(Name = "Staff exchange days allowed")]
    public decimal? ExchangeDaysAllowed { get; set; }
}

public class MemberForm
{
    [Required(ErrorMessage = "Choose the school joining the cluster.")]
    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }
}

public class FundForm
{
    [Display(Name = "Kind")]
    public Beacon.Web.Features.Support.FundEntryKind Kind { get; set; }

    [Display(Name = "Contributing school (for a contribution)")]
    public Guid? SchoolId { get; set; }

    [Required(ErrorMessage = "Enter the amount, e.g. 5000.")]
    [Range(0.01, 100_000_000, ErrorMessage = "Enter an amount between 0.01 and 100,000,000.")]
    [Display(Name = "Amount")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Say what the money is for, e.g. \"Shared literacy training\".")]
    [StringLength(Limits.ShortText, ErrorMessage = "Keep the description under {1:N0} characters.")]
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "Enter the date.")]
    [Display(Name = "Date")]
    public DateOnly? On { get; set; }
}

public class ExchangeForm
{
    [Required(ErrorMessage = "Enter who is visiting.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Staff member")]
    public string StaffName { get; set; } = "";

    [Required(ErrorMessage = "Choose the school the staff member comes from.")]
    [Display(Name = "From school")]
    public Guid? FromSchoolId { get; set; }

    [Required(ErrorMessage = "Choose the school being visited.")]
    [Display(Name = "To school")]
    public Guid? ToSchoolId { get; set; }

    [Required(ErrorMessage = "Enter the first day of the visit.")]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Enter the number of days, e.g. 2 or 0.5.")]
    [Range(0.5, 365, ErrorMessage = "Enter between 0.5 and 365 days.")]
    [Display(Name = "Days")]
    public decimal? Days { get; set; }

    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the purpose under {1:N0} characters.")]
    [Display(Name = "Purpose")]
    public string? Purpose { get; set; }
}
