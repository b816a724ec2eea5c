using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Surveys;

/// <summary>Answering after signing in, for staff whose account is linked to their staff record.</summary>
public class AnswerModel(AnswerSheets sheets, SurveySubmission submission) : PageModel
{
    [BindProperty]
    public Dictionary<Guid, int>? Answers { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public AnswerSheet Sheet { get; private set; } = AnswerSheet.None;
    public IReadOnlyDictionary<Guid, int> Chosen { get; private set; } = new Dictionary<Guid, int>();
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        Sheet = await sheets.ForMeAsync(id, cancellationToken);
        if (Sheet.State == SheetState.NotFound)
        {
            return NotFound();
        }
        Saved = saved;
        if (Sheet.State == SheetState.Open)
        {
            (Chosen, Comment) = await submission.LoadDraftAsync(Sheet.InvitationId, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        Sheet = await sheets.ForMeAsync(id, cancellationToken);
        if (Sheet.State != SheetState.Open)
        {
            return Sheet.State == SheetState.NotFound ? NotFound() : Page();
        }
        await submission.SaveDraftAsync(Sheet.InvitationId, AnswerSheets.Check(Sheet, Answers, ModelState, submitting: false), Comment, cancellationToken);
        return RedirectToPage(new { id, saved = true });
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        Sheet = await sheets.ForMeAsync(id, cancellationToken);
        if (Sheet.State != SheetState.Open)
        {
            return Sheet.State == SheetState.NotFound ? NotFound() : Page();
        }
        if (AnswerSheets.CheckForSubmit(Sheet, Answers, ModelState, out var chosen) is not { } answers)
        {
            Chosen = chosen;
            return Page();
        }
        await submission.SubmitAsync(Sheet.InvitationId, answers, Comment, cancellationToken);
        return RedirectToPage("Thanks");
    }
}
