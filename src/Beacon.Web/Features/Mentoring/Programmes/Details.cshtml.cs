using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Programmes;

public sealed record PoolRow(Guid EntryId, string Name, int Capacity, bool Nominated, bool TrainingCompleted, bool Confirmed);

public sealed record PairingRow(Guid Id, string Mentee, string Mentor, int FitPoints, int Minutes);

/// <summary>A programme for its coordinator: the mentor pool (nominate, confirm) and the confirmed pairings with their hours.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db) : PageModel
{
    public MentoringProgramme Programme { get; private set; } = null!;
    public IReadOnlyList<PoolRow> Pool { get; private set; } = [];
    public IReadOnlyList<PairingRow> Pairings { get; private set; } = [];

    [BindProperty]
    public NominationForm Nomination { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNominateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var staff = string.IsNullOrWhiteSpace(Nomination.Email) ? null : await db.StaffMembers
            .Where(s => s.Email == Nomination.Email.Trim()).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (ModelState.IsValid && staff is null)
        {
            ModelState.AddModelError("Nomination.Email", "No staff member of the district has this email address.");
        }
        else if (staff is { } staffId && await db.MentorPoolEntries.AnyAsync(p => p.ProgrammeId == id && p.StaffMemberId == staffId, cancellationToken))
        {
            ModelState.AddModelError("Nomination.Email", "This person is already in the pool.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.MentorPoolEntries.Add(new MentorPoolEntry
        {
            ProgrammeId = id,
            StaffMemberId = staff!.Value,
            Capacity = Nomination.Capacity ?? Programme.DefaultCapacity,
            TrainingCompleted = Nomination.TrainingCompleted,
            Nominated = true,
            Confirmed = true,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid mentorPoolEntryId, CancellationToken cancellationToken)
    {
        var entry = await db.MentorPoolEntries.FirstOrDefaultAsync(p => p.Id == mentorPoolEntryId && p.ProgrammeId == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        entry.Confirmed = true;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid mentorPoolEntryId, CancellationToken cancellationToken)
    {
        var entry = await db.MentorPoolEntries.FirstOrDefaultAsync(p => p.Id == mentorPoolEntryId && p.ProgrammeId == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        db.MentorPoolEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var programme = await db.MentoringProgrammes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return false;
        }
        Programme = programme;
        Pool = await db.MentorPoolEntries.Where(p => p.ProgrammeId == id)
            .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { p, s })
            .OrderBy(x => x.s.FamilyName).ThenBy(x => x.s.GivenName)
            .Select(x => new PoolRow(x.p.Id, x.s.GivenName + " " + x.s.FamilyName, x.p.Capacity, x.p.Nominated, x.p.TrainingCompleted, x.p.Confirmed))
            .ToListAsync(cancellationToken);
        Pairings = await PairingRows.ForProgramme(db, id).ToListAsync(cancellationToken);
        return true;
    }
}

public class NominationForm
{
    [Required(ErrorMessage = "Enter the staff member's email address.")]
    [StringLength(Limits.Email, ErrorMessage = "Keep the email under {1:N0} characters.")]
    [Display(Name = "Staff member's email")]
    public string Email { get; set; } = "";

    [Range(1, 20, ErrorMessage = "Enter a capacity between 1 and 20 mentees.")]
    [Display(Name = "Mentees they can take (empty for the programme's default)")]
    public int? Capacity { get; set; }

    [Display(Name = "Has completed mentor training")]
    public bool TrainingCompleted { get; set; }
}
