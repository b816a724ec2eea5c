using System.Globalization;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>
/// A project: what it asked and found, its people, files and comments. Authors add colleagues and files and move
/// it along; reviewers comment and publish or send it back; once published every staff member reads it. A draft
/// is not found for anyone but its authors and reviewers (<see cref="ResearchAccess"/>).
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
[RequestSizeLimit(Limits.ResearchAttachmentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Limits.ResearchAttachmentBytes + 1024 * 1024)]
public class DetailsModel(BeaconDbContext db, ResearchAccess access, ResearchEditor editor, ResearchDetailsQuery query) : PageModel
{
    public ResearchProject Project { get; private set; } = null!;
    public ResearchView View { get; private set; }
    public ResearchDetails Details { get; private set; } = null!;
    public bool Draft => Project.Stage != ResearchStage.Published;
    public IReadOnlyList<ResearchStage> Moves => View switch
    {
        ResearchView.Author => ResearchLifecycle.Moves(Project.Stage, ResearchRole.Author),
        ResearchView.Reviewer => ResearchLifecycle.Moves(Project.Stage, ResearchRole.Reviewer),
        _ => [],
    };

    [BindProperty]
    public string? CommentText { get; set; }

    [BindProperty]
    public string? PersonEmail { get; set; }

    [BindProperty]
    public ResearchRole PersonRole { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid researchAttachmentId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        var file = await db.ResearchAttachments.Where(a => a.Id == researchAttachmentId && a.ProjectId == id)
            .Select(a => new { a.FileName, a.ContentType, a.Content }).FirstOrDefaultAsync(cancellationToken);
        // Always a download, never shown inline, so an uploaded file cannot run as part of Beacon's pages.
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, member: true, async () =>
        {
            var text = (CommentText ?? "").Trim();
            if (text.Length is 0 or > Limits.Text)
            {
                return (nameof(CommentText), string.Create(CultureInfo.CurrentCulture, $"Write the comment (at most {Limits.Text:N0} characters)."));
            }
            db.ResearchComments.Add(new ResearchComment { ProjectId = id, StaffMemberId = (await access.MyStaffIdAsync(cancellationToken))!.Value, Text = text });
            return null;
        }, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, ResearchStage to, CancellationToken cancellationToken) =>
        ChangeAsync(id, member: true, async () =>
            await editor.MoveAsync(id, to, View == ResearchView.Author ? ResearchRole.Author : ResearchRole.Reviewer, cancellationToken) is { } refusal
                ? (string.Empty, refusal)
                : null, cancellationToken);

    public Task<IActionResult> OnPostAddPersonAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, member: false, async () =>
            !Enum.IsDefined(PersonRole) ? (nameof(PersonRole), "Choose author or reviewer.")
            : await editor.AddMemberAsync(id, PersonEmail, PersonRole, cancellationToken) is { } refusal ? (nameof(PersonEmail), refusal)
            : null, cancellationToken);

    public Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, member: false, async () =>
            await editor.AttachAsync(id, Upload, cancellationToken) is { } refusal ? (nameof(Upload), refusal) : null, cancellationToken);

    public Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, Guid researchAttachmentId, CancellationToken cancellationToken) =>
        ChangeAsync(id, member: false, async () =>
        {
            await db.ResearchAttachments.Where(a => a.Id == researchAttachmentId && a.ProjectId == id).ExecuteDeleteAsync(cancellationToken);
            return null;
        }, cancellationToken);

    /// <summary>
    /// Makes a change for an author (<paramref name="member"/>: or a reviewer) of a draft; anyone else is not
    /// shown the project (404). A refusal shows the page again with the message at its field.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, bool member, Func<Task<(string Field, string Message)?>> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var allowed = View == ResearchView.Author || (member && View == ResearchView.Reviewer);
        if (!allowed || (!Draft && !member))
        {
            return NotFound();
        }
        if (await change() is { } refusal)
        {
            ModelState.AddModelError(refusal.Field, refusal.Message);
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }
        (Project, View) = (found.Project, found.View);
        Details = await query.LoadAsync(id, cancellationToken);
        return true;
    }
}
