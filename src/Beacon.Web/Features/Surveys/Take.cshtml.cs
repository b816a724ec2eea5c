using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Answering by the one-time link from the invitation mail, without signing in. The code names the
/// district it belongs to; the page acts for that district only while it looks the code's hash up,
/// so a made-up code finds nothing anywhere.
/// </summary>
[AllowAnonymous]
public class TakeModel(AnswerSheets sheets, SurveySubmission submission, CurrentDistrict currentDistrict) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public Dictionary<Guid, int>? Answers { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public AnswerSheet Sheet { get; private set; } = AnswerSheet.None;
    public IReadOnlyDictionary<Guid, int> Chosen { get; private set; } = new Dictionary<Guid, int>();
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        using var district = await LoadAsync(cancellationToken);
        Saved = saved;
        if (Sheet.State == SheetState.Open)
        {
            (Chosen, Comment) = await submission.LoadDraftAsync(Sheet.InvitationId, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        using var district = await LoadAsync(cancellationToken);
        if (Sheet.State != SheetState.Open)
        {
            return Page();
        }
        var answers = AnswerSheets.Check(Sheet, Answers, ModelState, submitting: false);
        await submission.SaveDraftAsync(Sheet.InvitationId, answers, Comment, cancellationToken);
        return RedirectToPage(new { code = Code, saved = true });
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        using var district = await LoadAsync(cancellationToken);
        if (Sheet.State != SheetState.Open)
        {
            return Page();
        }
        if (AnswerSheets.CheckForSubmit(Sheet, Answers, ModelState, out var chosen) is not { } answers)
        {
            Chosen = chosen;
            return Page();
        }
        await submission.SubmitAsync(Sheet.InvitationId, answers, Comment, cancellationToken);
        return RedirectToPage("Thanks");
    }

    private async Task<IDisposable?> LoadAsync(CancellationToken cancellationToken)
    {
        if (SurveyCodes.DistrictOf(Code) is not { } districtId)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
        var scope = currentDistrict.Use(districtId);
        Sheet = await sheets.ByCodeAsync(Code!, cancellationToken);
        if (Sheet.State == SheetState.NotFound)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        ViewData["Code"] = Code;
        return scope;
    }
}
