using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// The editable facts of a school. Numbers arrive as text and are parsed here with the invariant
/// culture, so a mistyped value gets a message that says what to enter rather than a binding error.
/// </summary>
public sealed class SchoolForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the school’s name.")]
    [StringLength(200, ErrorMessage = "Shorten the name to 200 characters or fewer.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(40, ErrorMessage = "Shorten the state code to 40 characters or fewer.")]
    [Display(Name = "State code")]
    public string? StateCode { get; set; }

    [StringLength(40, ErrorMessage = "Shorten the local code to 40 characters or fewer.")]
    [Display(Name = "Local code")]
    public string? LocalCode { get; set; }

    [Display(Name = "Grade band")]
    public GradeBand GradeBand { get; set; }

    [StringLength(400, ErrorMessage = "Shorten the address to 400 characters or fewer.")]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Display(Name = "Enrollment")]
    public string? Enrollment { get; set; }

    [Display(Name = "Students in poverty (%)")]
    public string? PovertyPercent { get; set; }

    [Display(Name = "English learners (%)")]
    public string? EnglishLearnerPercent { get; set; }

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
        school.Enrollment = TryWhole(Enrollment, out var enrollment) ? enrollment : null;
        school.PovertyPercent = TryPercent(PovertyPercent, out var poverty) ? poverty : null;
        school.EnglishLearnerPercent = TryPercent(EnglishLearnerPercent, out var english) ? english : null;
        school.DisabilityPercent = TryPercent(DisabilityPercent, out var disability) ? disability : null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Enrollment) && !TryWhole(Enrollment, out _))
        {
            yield return new ValidationResult("Enter the enrollment as a whole number from 0 to 100,000, or leave it empty.", [nameof(Enrollment)]);
        }
        foreach (var (name, value) in new[]
                 {
                     (nameof(PovertyPercent), PovertyPercent),
                     (nameof(EnglishLearnerPercent), EnglishLearnerPercent),
                     (nameof(DisabilityPercent), DisabilityPercent),
                 })
        {
            if (!string.IsNullOrWhiteSpace(value) && !TryPercent(value, out _))
            {
                yield return new ValidationResult("Enter a percentage from 0 to 100, such as 42.5, or leave it empty.", [name]);
            }
        }
        if (!Enum.IsDefined(GradeBand))
        {
            yield return new ValidationResult("Choose a grade band from the list.", [nameof(GradeBand)]);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryWhole(string? text, out int value) =>
        int.TryParse(text?.Trim().Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 100_000;

    private static bool TryPercent(string? text, out double value) =>
        double.TryParse(text?.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value <= 100;
}
