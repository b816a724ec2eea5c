using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>Agenda templates: the teacher learning community agenda Beacon ships, and the district's own.</summary>
public class TemplatesModel(BeaconDbContext db, CommunityAccess access) : PageModel
{
    public IReadOnlyList<AgendaTemplate> Templates { get; private set; } = [];
    public bool CanAdd => access.CanCreate;

    [BindProperty]
    [Required(ErrorMessage = "Name the agenda, such as \"Inquiry group cycle meeting\".")]
    [StringLength(Limits.Name, ErrorMessage = "Keep the name under {1:N0} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Write the agenda, one item per line.")]
    [StringLength(Limits.LongText, ErrorMessage = "Keep the agenda under {1:N0} characters.")]
    [Display(Name = "Agenda items")]
    public string? Lines { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanAdd)
        {
            return CommunityAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (steps, problems) = AgendaLines.Parse(Lines!);
        foreach (var problem in problems)
        {
            ModelState.AddModelError(nameof(Lines), problem);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var template = new AgendaTemplate { Name = Name!.Trim() };
        template.Items.AddRange(steps.Select((s, i) => new AgendaTemplateItem { Position = i + 1, Title = s.Title, Minutes = s.Minutes, Kind = s.Kind }));
        db.AgendaTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Templates = await db.AgendaTemplates.AsNoTracking().Include(t => t.Items.OrderBy(i => i.Position)).OrderBy(t => t.Name).ToListAsync(cancellationToken);
}
