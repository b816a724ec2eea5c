using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>Starts a community (leadership, school leaders, coaches); its creator may join it as its first facilitator.</summary>
public class NewModel(BeaconDbContext db, CommunityAccess access) : PageModel
{
    [BindProperty]
    public CommunityForm Form { get; set; } = new();

    [BindProperty]
    public bool IFacilitate { get; set; } = true;

    public IReadOnlyList<(Guid Id, string Name)> Schools { get; private set; } = [];
    public IReadOnlyList<CommunityChoices.IndicatorChoice> Indicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!access.CanCreate)
        {
            return CommunityAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!access.CanCreate)
        {
            return CommunityAccess.Refuse();
        }
        await LoadAsync(cancellationToken);
        if (Form.SchoolId is { } school && Schools.All(s => s.Id != school))
        {
            ModelState.AddModelError("Form.SchoolId", "Choose a school from the list.");
        }
        if (Form.Kind == CommunityKind.SchoolPlc && Form.SchoolId is null)
        {
            ModelState.AddModelError("Form.SchoolId", "A school PLC belongs to one school: choose it.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var community = new Community
        {
            Id = Guid.CreateVersion7(),
            Name = Form.Name.Trim(),
            Kind = Form.Kind!.Value,
            SchoolId = Form.SchoolId,
            GradeOrSubject = CommunityForm.Clean(Form.GradeOrSubject),
            Focus = CommunityForm.Clean(Form.Focus),
        };
        community.Indicators.AddRange(Form.IndicatorIds.Distinct().Where(id => Indicators.Any(i => i.Id == id))
            .Select(id => new CommunityIndicator { IndicatorId = id }));
        if (IFacilitate && access.UserId is { } me)
        {
            var user = await db.Users.Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email }).FirstAsync(cancellationToken);
            community.Members.Add(new CommunityMember
            {
                UserId = me,
                DisplayName = user.DisplayName,
                Email = user.Email,
                Role = MemberRole.Facilitator,
            });
        }
        db.Communities.Add(community);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = community.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Schools = await CommunityChoices.SchoolsAsync(db, cancellationToken);
        Indicators = await CommunityChoices.IndicatorsAsync(db, cancellationToken);
    }
}
