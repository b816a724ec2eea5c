using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Partnerships;

/// <summary>
/// One partnership: milestones and their instalments, the payment ledger, visits and term
/// evaluations. District leadership records; the principals of the two schools may read.
/// </summary>
public class DetailsModel(BeaconDbContext db, SchoolScope scope, CurrentUser currentUser, TimeProvider clock, MilestoneResults results) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public PaymentLedger Ledger { get; private set; } = null!;
    public bool CanRecord => scope.SeesWholeDistrict;

    /// <summary>The district's measures a milestone can be tied to (the built-in counts are not results).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Measures { get; private set; } = [];

    /// <summary>Start years of the school years the contract touches.</summary>
    public IEnumerable<int> ContractYears => Enumerable.Range(Partnership.StartsOn.Year - 1, Partnership.EndsOn.Year - Partnership.StartsOn.Year + 2);

    public MilestoneForm Milestone { get; set; } = new();
    public OutcomeForm Outcome { get; set; } = new();
    public VisitForm Visit { get; set; } = new();
    public EvaluationForm Evaluation { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostMilestoneAsync(Guid id, MilestoneForm milestone, CancellationToken cancellationToken)
    {
        if (await LoadForRecordingAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Milestone = milestone;
        if (milestone.DueOn is { } due && (due < Partnership.StartsOn || due > Partnership.EndsOn))
        {
            ModelState.AddModelError("Milestone.DueOn", $"Choose a date within the contract, {SupportFormat.Date(Partnership.StartsOn)} to {SupportFormat.Date(Partnership.EndsOn)}.");
        }
        CheckMeasure(milestone);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = new Milestone
        {
            Id = Guid.CreateVersion7(),
            PartnershipId = id,
            Title = milestone.Title.Trim(),
            Target = milestone.Target.Trim(),
            DueOn = milestone.DueOn!.Value,
            MeasureId = milestone.MeasureId,
            MeasureYear = milestone.MeasureId is null ? null : milestone.MeasureYear,
            TargetValue = milestone.MeasureId is null ? null : milestone.TargetValue,
        };
        db.Milestones.Add(added);
        db.Instalments.Add(new Instalment { PartnershipId = id, MilestoneId = added.Id, Amount = milestone.Amount!.Value });
        await db.SaveChangesAsync(cancellationToken);
        // Figures imported before the milestone was agreed count too.
        await results.UpdateAsync(id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, OutcomeForm outcome, CancellationToken cancellationToken)
    {
        if (await LoadForRecordingAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Outcome = outcome;
        var milestone = Partnership.Milestones.FirstOrDefault(m => m.Id == outcome.MilestoneId);
        if (milestone is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var instalment = Partnership.Instalments.FirstOrDefault(i => i.MilestoneId == milestone.Id);
        var error = PaymentRelease.Record(milestone, instalment, outcome.TermsMet!.Value, outcome.Reason, currentUser.Name, clock.GetUtcNow());
        if (error is not null)
        {
            ModelState.AddModelError(milestone.Status == MilestoneStatus.Pending ? "Outcome.Reason" : "", error);
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostVisitAsync(Guid id, VisitForm visit, CancellationToken cancellationToken)
    {
        if (await LoadForRecordingAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Visit = visit;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.PartnershipVisits.Add(new PartnershipVisit { PartnershipId = id, VisitedOn = visit.VisitedOn!.Value, Notes = visit.Notes.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEvaluationAsync(Guid id, EvaluationForm evaluation, CancellationToken cancellationToken)
    {
        if (await LoadForRecordingAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        Evaluation = evaluation;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.TermEvaluations.Add(new TermEvaluation
        {
            PartnershipId = id,
            Term = evaluation.Term.Trim(),
            Rating = evaluation.Rating,
            Summary = evaluation.Summary.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private void CheckMeasure(MilestoneForm milestone)
    {
        if (milestone.MeasureId is not { } measure)
        {
            return;
        }
        if (Measures.All(m => m.Id != measure))
        {
            ModelState.AddModelError("Milestone.MeasureId", "Choose one of the district's measures, or none.");
        }
        if (milestone.MeasureYear is not { } year || !ContractYears.Contains(year))
        {
            ModelState.AddModelError("Milestone.MeasureYear", "Choose the school year whose figure decides the milestone.");
        }
        if (milestone.TargetValue is null)
        {
            ModelState.AddModelError("Milestone.TargetValue", "Enter the figure the school has to reach, e.g. 45.");
        }
    }

    private async Task<IActionResult?> LoadForRecordingAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? (CanRecord ? null : Forbid());

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships
            .Include(p => p.SupportingSchool).Include(p => p.SupportedSchool)
            .Include(p => p.Milestones).ThenInclude(m => m.Measure).Include(p => p.Instalments).Include(p => p.Visits).Include(p => p.Evaluations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null)
        {
            return NotFound();
        }
        if (!scope.SeesWholeDistrict
            && !(User.IsInRole(Roles.SchoolLeader)
                 && (await scope.MySchoolIdsAsync(cancellationToken)).Any(s => s == partnership.SupportedSchoolId || s == partnership.SupportingSchoolId)))
        {
            return Forbid();
        }
        Partnership = partnership;
        Ledger = PaymentLedger.Of(partnership.Instalments);
        Measures = (await db.Measures.Where(m => m.Code != Metrics.Measure.EnrollmentCode).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken)).Select(m => (m.Id, m.Name)).ToList();
        return null;
    }
}
