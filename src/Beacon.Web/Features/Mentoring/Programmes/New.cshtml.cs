using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Mentoring.Programmes;

/// <summary>The coordinator (a district administrator or leader) sets up a programme and its matching rules.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class NewModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeForm Form { get; set; } = new();

    public void OnGet(ProgrammeKind kind = ProgrammeKind.Induction)
    {
        Form.Kind = Enum.IsDefined(kind) ? kind : ProgrammeKind.Induction;
        Form.Milestones = MilestonePlan.Default(Form.Kind);
        Form.StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Form.Kind))
        {
            ModelState.AddModelError("Form.Kind", "Choose a kind of programme from the list.");
        }
        if (!Enum.IsDefined(Form.MenteeRole))
        {
            ModelState.AddModelError("Form.MenteeRole", "Choose who is mentored from the list.");
        }
        var (_, errors) = MilestonePlan.Parse(Form.Milestones);
        foreach (var error in errors)
        {
            ModelState.AddModelError("Form.Milestones", error);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var programme = new MentoringProgramme
        {
            Name = Form.Name.Trim(),
            Kind = Form.Kind,
            MenteeRole = Form.MenteeRole,
            MenteeMaxYears = Form.MenteeMaxYears,
            MenteeMinSupportTier = Form.MenteeMinSupportTier,
            MentorMinYears = Form.MentorMinYears,
            MentorMinRating = Form.UseRatings ? Form.MentorMinRating : null,
            MentorTrainingRequired = Form.MentorTrainingRequired,
            SameSubjectRequired = Form.SameSubjectRequired,
            SameGradeBandRequired = Form.SameGradeBandRequired,
            MaxTravelKm = Form.MaxTravelKm,
            DefaultCapacity = Form.DefaultCapacity,
            RequiredHours = Form.RequiredHours,
            FocusAreas = (Form.FocusAreas ?? "").Trim(),
            Milestones = (Form.Milestones ?? "").Trim(),
            StartsOn = Form.StartsOn!.Value,
        };
        db.MentoringProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = programme.Id });
    }
}

public class ProgrammeForm
{
    [Required(ErrorMessage = "Give the programme a name, e.g. \"New-teacher induction 2026–27\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind of programme")]
    public ProgrammeKind Kind { get; set; }

    [Display(Name = "Who is mentored")]
    public MentoringRole MenteeRole { get; set; }

    [Range(0, 50, ErrorMessage = "Enter years between 0 and 50, or leave it empty for any.")]
    [Display(Name = "Mentees have at most this many years of experience")]
    public int? MenteeMaxYears { get; set; } = 1;

    [Range(0, 3, ErrorMessage = "Enter a tier from 0 (any school) to 3.")]
    [Display(Name = "Mentees' schools are at least in support tier")]
    public int MenteeMinSupportTier { get; set; }

    [Range(0, 50, ErrorMessage = "Enter years between 0 and 50.")]
    [Display(Name = "Mentors have at least this many years of experience")]
    public int MentorMinYears { get; set; } = 5;

    [Display(Name = "Use effectiveness ratings (only where HR allows it)")]
    public bool UseRatings { get; set; }

    [Range(1, 4, ErrorMessage = "Enter a rating from 1 (ineffective) to 4 (highly effective).")]
    [Display(Name = "Mentors are rated at least")]
    public int MentorMinRating { get; set; } = 3;

    [Display(Name = "Mentors must have completed mentor training")]
    public bool MentorTrainingRequired { get; set; }

    [Display(Name = "Mentor and mentee teach the same subject")]
    public bool SameSubjectRequired { get; set; }

    [Display(Name = "Mentor and mentee work in the same grade band")]
    public bool SameGradeBandRequired { get; set; }

    [Range(1, 500, ErrorMessage = "Enter a distance between 1 and 500 km, or leave it empty for no limit.")]
    [Display(Name = "Furthest a mentor travels (km)")]
    public double? MaxTravelKm { get; set; }

    [Range(1, 20, ErrorMessage = "Enter a capacity between 1 and 20 mentees.")]
    [Display(Name = "Mentees per mentor")]
    public int DefaultCapacity { get; set; } = 2;

    [Range(0, 500, ErrorMessage = "Enter hours between 0 and 500.")]
    [Display(Name = "Required contact hours")]
    public int RequiredHours { get; set; } = 20;

    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the focus areas under {1:N0} characters.")]
    [Display(Name = "Session focus areas (one per line)")]
    public string? FocusAreas { get; set; } = "Classroom management\nPlanning\nAssessment\nObservation feedback";

    [StringLength(Limits.Paragraph, ErrorMessage = "Keep the milestones under {1:N0} characters.")]
    [Display(Name = "Milestones (one per line, \"school days after the start: name\")")]
    public string? Milestones { get; set; }

    [Required(ErrorMessage = "Enter the date pairings start.")]
    [Display(Name = "Pairings start on")]
    public DateOnly? StartsOn { get; set; }
}
