using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>The district's privacy rule for survey results: the fewest respondents a shown group may have.</summary>
[Authorize(Policy = Policies.DistrictAdministrator)]
public class SettingsModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the fewest respondents a group needs before its results are shown.")]
    [Range(Privacy.MinimumRespondents.Floor, Privacy.MinimumRespondents.Highest, ErrorMessage = "Choose between 3 and 50 respondents; below 3, answers could be traced to a person. The default is 5.")]
    [Display(Name = "Fewest respondents in a shown group")]
    public int? MinimumRespondents { get; set; }

    [BindProperty]
    [Display(Name = "Coaches see their own schools' results, as principals do")]
    public bool CoachesSeeSchools { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var district = await db.Districts.Select(d => new { d.SurveyMinimumRespondents, d.CoachesSeeSchoolSurveyResults }).FirstAsync(cancellationToken);
        MinimumRespondents = Privacy.MinimumRespondents.Effective(district.SurveyMinimumRespondents);
        CoachesSeeSchools = district.CoachesSeeSchoolSurveyResults;
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var district = await db.Districts.FirstAsync(cancellationToken);
        district.SurveyMinimumRespondents = MinimumRespondents!.Value;
        district.CoachesSeeSchoolSurveyResults = CoachesSeeSchools;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { saved = true });
    }
}
