using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Learning.External;

public class ExternalForm
{
    [Required(ErrorMessage = "Say what the learning was, e.g. \"Reading Recovery institute\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the title under {1:N0} characters.")]
    [Display(Name = "What you learned")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Name who provided it, e.g. a university or the state association.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the provider under {1:N0} characters.")]
    [Display(Name = "Provider")]
    public string Provider { get; set; } = "";

    [Required(ErrorMessage = "Enter the date you completed it.")]
    [DataType(DataType.Date)]
    [Display(Name = "Completed on")]
    public DateOnly? CompletedOn { get; set; }

    /// <summary>The credits claimed, by credit type; an empty box claims none of that type.</summary>
    public Dictionary<Guid, decimal?> Credits { get; set; } = [];

    [StringLength(Limits.Text, ErrorMessage = "Shorten the link to at most {1:N0} characters.")]
    [Display(Name = "Link to evidence (if no file)")]
    public string? Link { get; set; }
}

/// <summary>The checks a submission's credits and date must pass, apart from the form: plain rules, tested alone.</summary>
public static class ExternalRules
{
    public const decimal MaxAmount = 1000m;

    /// <summary>The reason the claimed credits are refused, or null: at least one type, each from 0.01 to <see cref="MaxAmount"/>, only the district's types.</summary>
    public static string? RefusalForCredits(IReadOnlyDictionary<Guid, decimal?> credits, IReadOnlyCollection<Guid> districtTypes)
    {
        var claimed = credits.Where(c => c.Value is not null).ToList();
        if (claimed.Any(c => !districtTypes.Contains(c.Key)))
        {
            return "Claim only the district's credit types listed here.";
        }
        if (claimed.Any(c => c.Value is < 0.01m or > MaxAmount))
        {
            return "Enter each amount from 0.01 to 1,000, or leave the box empty.";
        }
        return claimed.Count == 0 ? "Enter the credits it earned for at least one credit type." : null;
    }

    /// <summary>The reason the completion date is refused, or null: not in the future, and not before 1950.</summary>
    public static string? RefusalForDate(DateOnly completedOn, DateOnly today) =>
        completedOn > today ? "The date is in the future: enter the day you completed it."
            : completedOn.Year < 1950 ? "Enter a date from 1950 on."
            : null;
}
