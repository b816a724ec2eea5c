using Beacon.Web.Data;
using Beacon.Web.Features.SelfAssessment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning.External;

public sealed record ExternalRow(Guid Id, string Title, string Provider, DateOnly CompletedOn, ExternalStatus Status, string? ReturnReason, string? FileName, string? Link);

/// <summary>
/// A person's learning done elsewhere: what they submitted and where it stands, and the form to submit
/// more with evidence (a file, checked as self-assessment evidence is, or a link).
/// </summary>
public class IndexModel(BeaconDbContext db, LearningAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ExternalForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ExternalRow> Mine { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> CreditsOf { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<(Guid Id, string Name)> Types { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Message = done;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (ExternalRules.RefusalForCredits(Form.Credits, Types.Select(t => t.Id).ToList()) is { } credits)
        {
            ModelState.AddModelError("Form.Credits", credits);
        }
        if (Form.CompletedOn is { } on && ExternalRules.RefusalForDate(on, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } date)
        {
            ModelState.AddModelError("Form.CompletedOn", date);
        }
        var link = LearningForms.Clean(Form.Link, Limits.Text);
        if (link is not null && EvidenceRules.RefusalForLink(link) is { } badLink)
        {
            ModelState.AddModelError("Form.Link", badLink);
        }
        byte[] content = [];
        string? contentType = null;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length <= EvidenceRules.MaxFileBytes)
            {
                using var buffer = new MemoryStream();
                await Upload.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
            (contentType, var refusal) = EvidenceRules.CheckFile(Upload.FileName, Upload.Length, content);
            if (refusal is not null)
            {
                ModelState.AddModelError(nameof(Upload), refusal);
            }
        }
        else if (link is null)
        {
            ModelState.AddModelError(nameof(Upload), "Attach evidence: upload a file (a certificate, a transcript) or give a link to it.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var name = contentType is null ? null : Path.GetFileName(Upload!.FileName);
        var entry = new ExternalLearning
        {
            Id = Guid.CreateVersion7(),
            UserId = access.UserId!,
            DisplayName = await db.Users.Where(u => u.Id == access.UserId).Select(u => u.DisplayName).FirstAsync(cancellationToken),
            Title = Form.Title.Trim(),
            Provider = Form.Provider.Trim(),
            CompletedOn = Form.CompletedOn!.Value,
            Link = link,
            // The end of a long name is kept: it holds the extension, which says what the file is.
            FileName = name is null ? null : name.Length > Limits.EvidenceFileName ? name[^Limits.EvidenceFileName..] : name,
            ContentType = contentType,
            Size = contentType is null ? null : content.Length,
            Content = contentType is null ? null : content,
            Status = ExternalStatus.Submitted,
        };
        entry.Credits.AddRange(Form.Credits.Where(c => c.Value is not null)
            .Select(c => new ExternalCredit { Id = Guid.CreateVersion7(), CreditTypeId = c.Key, Amount = c.Value!.Value }));
        db.ExternalLearning.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { done = $"“{entry.Title}” is submitted to the professional learning office." });
    }

    /// <summary>The evidence file, to the person who submitted it and to the office; anyone else is told it does not exist.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, CancellationToken cancellationToken)
    {
        var office = access.IsOffice;
        var userId = access.UserId;
        var file = await db.ExternalLearning.AsNoTracking().Where(e => e.Id == id && e.Content != null && (office || e.UserId == userId))
            .Select(e => new { e.Content, e.ContentType, e.FileName }).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content!, file.ContentType!, file.FileName);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Types = (await db.CreditTypes.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        var userId = access.UserId;
        Mine = await db.ExternalLearning.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.CompletedOn).ThenByDescending(e => e.CreatedAt).Take(LearningForms.PendingShown)
            .Select(e => new ExternalRow(e.Id, e.Title, e.Provider, e.CompletedOn, e.Status, e.ReturnReason, e.FileName, e.Link))
            .ToListAsync(cancellationToken);
        CreditsOf = await ExternalCreditsText.ForAsync(db, Mine.Select(m => m.Id).ToList(), cancellationToken);
    }
}

public static class ExternalCreditsText
{
    /// <summary>"3 Clock hours; 0.3 State CEUs" for each submission, in two queries' worth of one join.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> ForAsync(BeaconDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await db.ExternalCredits.AsNoTracking().Where(c => ids.Contains(c.ExternalLearningId))
            .Join(db.CreditTypes, c => c.CreditTypeId, t => t.Id, (c, t) => new { c.ExternalLearningId, c.Amount, t.Name })
            .ToListAsync(cancellationToken))
        .GroupBy(c => c.ExternalLearningId)
        .ToDictionary(g => g.Key, g => string.Join("; ", g.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => $"{LearningLabels.Amount(c.Amount)} {c.Name}")));
}
