using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Features.Schools;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Features.Research;

/// <summary>What the authors write: the proposal asks for the title and question; the rest fills in as the work goes.</summary>
public class ResearchForm
{
    [Required(ErrorMessage = "Give the project a title.")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the title under {1:N0} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write the question the project asks.")]
    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the question under {1:N0} characters.")]
    [Display(Name = "Research question")]
    public string Question { get; set; } = "";

    [StringLength(Limits.LongText, ErrorMessage = "Keep the context under {1:N0} characters.")]
    [Display(Name = "Context (the classes, the school, why this question)")]
    public string? Context { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the method under {1:N0} characters.")]
    [Display(Name = "Method")]
    public string? Method { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the data under {1:N0} characters.")]
    [Display(Name = "Data collected")]
    public string? Data { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the findings under {1:N0} characters.")]
    [Display(Name = "Findings")]
    public string? Findings { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the implications under {1:N0} characters.")]
    [Display(Name = "Implications for practice")]
    public string? Implications { get; set; }

    [StringLength(Limits.ShortName, ErrorMessage = "Keep the subject under {1:N0} characters.")]
    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Display(Name = "Grade band")]
    public GradeBand? GradeBand { get; set; }

    [Display(Name = "Framework indicators it serves")]
    public List<Guid> IndicatorIds { get; set; } = [];

    [Display(Name = "Plan goals it serves")]
    public List<Guid> PlanGoalIds { get; set; } = [];

    public static ResearchForm From(ResearchProject p, IEnumerable<Guid> indicators, IEnumerable<Guid> goals) => new()
    {
        Title = p.Title,
        Question = p.Question,
        Context = p.Context,
        Method = p.Method,
        Data = p.Data,
        Findings = p.Findings,
        Implications = p.Implications,
        Subject = p.Subject,
        GradeBand = p.GradeBand,
        IndicatorIds = [.. indicators],
        PlanGoalIds = [.. goals],
    };

    public static IEnumerable<SelectListItem> GradeBandItems() =>
        Enum.GetValues<GradeBand>().Select(g => new SelectListItem(g.Label(), g.ToString()));

    /// <summary>Writes the text fields onto the project, blanks as nulls.</summary>
    public void ApplyTo(ResearchProject p)
    {
        p.Title = Title.Trim();
        p.Question = Question.Trim();
        p.Context = Clean(Context);
        p.Method = Clean(Method);
        p.Data = Clean(Data);
        p.Findings = Clean(Findings);
        p.Implications = Clean(Implications);
        p.Subject = Clean(Subject);
        p.GradeBand = GradeBand;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
