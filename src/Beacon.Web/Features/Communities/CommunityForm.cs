using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Communities;

public class CommunityForm
{
    [Required(ErrorMessage = "Enter a name for the community, such as \"Grade 3 maths PLC\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose what kind of community this is.")]
    [Display(Name = "Kind")]
    public CommunityKind? Kind { get; set; }

    [Display(Name = "School (leave empty for a district-wide group or a network)")]
    public Guid? SchoolId { get; set; }

    [StringLength(100, ErrorMessage = "Keep the grade or subject under 100 characters.")]
    [Display(Name = "Grade level or subject")]
    public string? GradeOrSubject { get; set; }

    [StringLength(Limits.Text, ErrorMessage = "Keep the focus under {1:N0} characters.")]
    [Display(Name = "Focus")]
    public string? Focus { get; set; }

    [Display(Name = "Framework indicators it serves")]
    public List<Guid> IndicatorIds { get; set; } = [];

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
