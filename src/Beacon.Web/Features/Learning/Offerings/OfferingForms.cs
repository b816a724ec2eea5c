using System.ComponentModel.DataAnnotations;

namespace Beacon.Web.Features.Learning.Offerings;

public class SessionForm
{
    [Required(ErrorMessage = "Enter when the session starts.")]
    [Display(Name = "Starts (local time)")]
    public DateTime? StartsAt { get; set; }

    [Required(ErrorMessage = "Enter how long the session lasts, in minutes.")]
    [Range(5, 24 * 60, ErrorMessage = "Enter from 5 to 1,440 minutes.")]
    [Display(Name = "Length in minutes")]
    public int? Minutes { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "UTC";

    [StringLength(Data.Limits.Name, ErrorMessage = "Keep the place under {1:N0} characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [Url(ErrorMessage = "Enter a full link starting with https://.")]
    [StringLength(Data.Limits.ShortText, ErrorMessage = "Keep the link under {1:N0} characters.")]
    [Display(Name = "Link (online sessions)")]
    public string? Link { get; set; }

    [Required(ErrorMessage = "Enter how many people fit.")]
    [Range(1, 10_000, ErrorMessage = "Enter from 1 to 10,000 places.")]
    [Display(Name = "Places")]
    public int? Capacity { get; set; }
}

public class CreditForm
{
    [Required(ErrorMessage = "Choose a credit type.")]
    [Display(Name = "Credit type")]
    public Guid? CreditTypeId { get; set; }

    [Required(ErrorMessage = "Enter how much full attendance earns.")]
    [Range(0.01, 1000, ErrorMessage = "Enter from 0.01 to 1,000.")]
    [Display(Name = "Amount for full attendance")]
    public decimal? Amount { get; set; }
}
