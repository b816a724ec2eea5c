using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Pairings;

public sealed record SessionRow(DateOnly Date, int Minutes, string Focus, string? Notes, string? NextSteps);

/// <summary>A pairing: its session log and milestones. The pair logs and reads notes; the coordinator and principal see hours only.</summary>
public class DetailsModel(BeaconDbContext db, PairingAccess access, TimeProvider clock) : PageModel
{
    public Pairing Pairing { get; private set; } = null!;
    public PairingView View { get; private set; }
    public string Mentee { get; private set; } = "";
    public string Mentor { get; private set; } = "";
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<PairingMilestone> Milestones { get; private set; } = [];
    public IReadOnlyList<string> FocusAreas { get; private set; } = [];
    public int TotalMinutes => Sessions.Sum(s => s.Minutes);

    [BindProperty]
    public SessionForm Session { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Session.Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostLogAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || View != PairingView.Pair)
        {
            return NotFound();
        }
        if (FocusAreas.Count > 0 && !FocusAreas.Contains(Session.Focus ?? ""))
        {
            ModelState.AddModelError("Session.Focus", "Choose the focus from the programme's list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var focus = (Session.Focus ?? "").Trim();
        var met = await db.PairingMilestones.Where(m => m.PairingId == id && m.MetOn == null).OrderBy(m => m.DueOn).ToListAsync(cancellationToken);
        if (met.FirstOrDefault(m => MilestoneRules.MetBy(m.Name, focus)) is { } milestone)
        {
            milestone.MetOn = Session.Date!.Value;
        }
        db.MentoringSessions.Add(new MentoringSession
        {
            PairingId = id,
            Date = Session.Date!.Value,
            Minutes = Session.Minutes!.Value,
            Focus = focus,
            PrivateNotes = string.IsNullOrWhiteSpace(Session.Notes) ? null : Session.Notes.Trim(),
            PrivateNextSteps = string.IsNullOrWhiteSpace(Session.NextSteps) ? null : Session.NextSteps.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMetAsync(Guid id, Guid pairingMilestoneId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || View != PairingView.Pair)
        {
            return NotFound();
        }
        var milestone = await db.PairingMilestones.FirstOrDefaultAsync(m => m.Id == pairingMilestoneId && m.PairingId == id, cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }
        milestone.MetOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.AsNoTracking().Include(p => p.Programme).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pairing is null)
        {
            return false;
        }
        View = await access.ViewOfAsync(pairing, cancellationToken);
        if (View == PairingView.None)
        {
            return false;
        }
        Pairing = pairing;
        var names = await db.StaffMembers.Where(s => s.Id == pairing.MenteeId || s.Id == pairing.MentorId)
            .Select(s => new { s.Id, Name = s.GivenName + " " + s.FamilyName }).ToListAsync(cancellationToken);
        Mentee = names.FirstOrDefault(n => n.Id == pairing.MenteeId)?.Name ?? "";
        Mentor = names.FirstOrDefault(n => n.Id == pairing.MentorId)?.Name ?? "";
        var pair = View == PairingView.Pair;
        // The notes are not even read for anyone but the pair.
        Sessions = await db.MentoringSessions.Where(s => s.PairingId == id)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt)
            .Select(s => new SessionRow(s.Date, s.Minutes, s.Focus, pair ? s.PrivateNotes : null, pair ? s.PrivateNextSteps : null))
            .ToListAsync(cancellationToken);
        Milestones = await db.PairingMilestones.AsNoTracking().Where(m => m.PairingId == id).OrderBy(m => m.DueOn).ToListAsync(cancellationToken);
        FocusAreas = pairing.Programme!.FocusList();
        return true;
    }
}

public class SessionForm
{
    [Required(ErrorMessage = "Enter the date of the session.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter how many minutes the session took.")]
    [Range(1, 600, ErrorMessage = "Enter minutes between 1 and 600.")]
    [Display(Name = "Minutes")]
    public int? Minutes { get; set; }

    [Required(ErrorMessage = "Choose the session's focus.")]
    [StringLength(Limits.ShortName, ErrorMessage = "Keep the focus under {1:N0} characters.")]
    [Display(Name = "Focus")]
    public string? Focus { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "Keep the notes under {1:N0} characters.")]
    [Display(Name = "Notes (only the two of you see them)")]
    public string? Notes { get; set; }

    [StringLength(Limits.Text, ErrorMessage = "Keep the next steps under {1:N0} characters.")]
    [Display(Name = "Next steps")]
    public string? NextSteps { get; set; }
}
