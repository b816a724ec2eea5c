using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Ui;

namespace Beacon.Web.Features.Schools;

/// <summary>The editable facts of a school; numbers are text fields read by <see cref="NumberText"/>.</summary>
public sealed class SchoolForm
{
    private const string PercentMessage = "Enter a percentage from 0 to 100, such as 42.5, or leave it empty.";

    [Required(ErrorMessage = "Enter the school’s name.")]
    [StringLength(Limits.Name, ErrorMessage = "Shorten the name to {1:N0} characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(Limits.Code, ErrorMessage = "Shorten the state code to {1:N0} characters or fewer.")]
    [Display(Name = "State code")]
    public string? StateCode { get; set; }

    [StringLength(Limits.Code, ErrorMessage = "Shorten the local code to {1:N0} characters or fewer.")]
    [Display(Name = "Local code")]
    public string? LocalCode { get; set; }

    [EnumDataType(typeof(GradeBand), ErrorMessage = "Choose a grade band from the list.")]
    [Display(Name = "Grade band")]
    public GradeBand GradeBand { get; set; }

    [StringLength(Limits.ShortText, ErrorMessage = "Shorten the address to {1:N0} characters or fewer.")]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [WholeNumberText(0, 100_000, ErrorMessage = "Enter the enrollment as a whole number from 0 to 100,000, or leave it empty.")]
    [Display(Name = "Enrollment")]
    public string? Enrollment { get; set; }

    [PercentText(ErrorMessage = PercentMessage)]
    [Display(Name = "Students in poverty (%)")]
    public string? PovertyPercent { get; set; }

    [PercentText(ErrorMessage = PercentMessage)]
    [Display(Name = "English learners (%)")]
    public string? EnglishLearnerPercent { get; set; }

    [PercentText(ErrorMessage = PercentMessage)]
    [Display(Name = "Students with disabilities (%)")]
    public string? DisabilityPercent { get; set; }

    public static SchoolForm From(School school) => new()
    {
        Name = school.Name,
        StateCode = school.StateCode,
        LocalCode = school.LocalCode,
        GradeBand = school.GradeBand,
        Address = school.Address,
        Enrollment = school.Enrollment?.ToString(CultureInfo.InvariantCulture),
        PovertyPercent = school.PovertyPercent?.ToString(CultureInfo.InvariantCulture),
        EnglishLearnerPercent = school.EnglishLearnerPercent?.ToString(CultureInfo.InvariantCulture),
        DisabilityPercent = school.DisabilityPercent?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Copies the form onto the school; call only when the form is valid.</summary>
    public void ApplyTo(School school)
    {
        school.Name = Name.Trim();
        school.StateCode = Blank(StateCode);
        school.LocalCode = Blank(LocalCode);
        school.GradeBand = GradeBand;
        school.Address = Blank(Address);
        school.Enrollment = NumberText.Whole(Enrollment, 0, 100_000);
        school.PovertyPercent = NumberText.Percent(PovertyPercent);
        school.EnglishLearnerPercent = NumberText.Percent(EnglishLearnerPercent);
        school.DisabilityPercent = NumberText.Percent(DisabilityPercent);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
