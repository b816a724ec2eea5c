using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>
/// A teacher's personal action plan in one community. Only the teacher and the community's
/// facilitators find it; anyone else gets 404, as if it did not exist.
/// </summary>
public class PlanModel(BeaconDbContext db, CommunityAccess access, ActionPlans plans) : PageModel
{
    public CommunityMember Member { get; private set; } = null!;
    public string CommunityName { get; private set; } = "";
    public IReadOnlyList<ActionPlanItem> Items { get; private set; } = [];
    public IReadOnlyList<Technique> Library { get; private set; } = [];
    public int Limit { get; private set; }
    public int Active => Items.Count(i => Gradualism.IsActive(i.Status));
    public bool IsOwn => Member.UserId == access.UserId;

    [BindProperty]
    public AddForm Add { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var technique = Library.FirstOrDefault(t => t.Key == Add.TechniqueKey);
        if (technique is null)
        {
            ModelState.AddModelError("Add.TechniqueKey", "Choose a technique from the library.");
        }
        else if (Items.Any(i => i.TechniqueKey == technique.Key && Gradualism.IsActive(i.Status)))
        {
            ModelState.AddModelError("Add.TechniqueKey", "This technique is already in your plan. Update its progress below instead.");
        }
        else if (await plans.RefusalAsync(id, null, null, Add.Status, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("Add.TechniqueKey", refusal);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ActionPlanItems.Add(new ActionPlanItem
        {
            MemberId = id,
            TechniqueKey = technique!.Key,
            TechniqueName = technique.Name,
            Adaptation = CommunityForm.Clean(Add.Adaptation),
            Status = Add.Status,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid itemId, TechniqueStatus status, string? adaptation, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var item = await db.ActionPlanItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MemberId == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }
        if (await plans.RefusalAsync(id, item.Id, item.Status, status, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError($"status-{item.Id}", refusal);
            return Page();
        }
        (item.Status, item.Adaptation) = (status, CommunityForm.Clean(adaptation));
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.PlanOwnerAsync(id, cancellationToken) is not { } member)
        {
            return false;
        }
        Member = member;
        CommunityName = await db.Communities.Where(c => c.Id == member.CommunityId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        Items = await db.ActionPlanItems.AsNoTracking().Where(i => i.MemberId == id).OrderBy(i => i.AddedAt).ToListAsync(cancellationToken);
        Library = await plans.LibraryAsync(cancellationToken);
        Limit = await plans.LimitAsync(cancellationToken);
        return true;
    }

    public class AddForm
    {
        [Display(Name = "Technique")]
        public string? TechniqueKey { get; set; }

        [StringLength(Limits.Text, ErrorMessage = "Keep the adaptation under {1:N0} characters.")]
        [Display(Name = "How I will adapt it to my classroom")]
        public string? Adaptation { get; set; }

        [Display(Name = "Where it stands")]
        public TechniqueStatus Status { get; set; } = TechniqueStatus.Planned;
    }
}
