using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Clusters;

public sealed record ClusterRow(Guid Id, string Name, int Members, decimal DaysAllowed);

[Authorize(Policy = Policies.DistrictLeadership)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<ClusterRow> Clusters { get; private set; } = [];

    [BindProperty]
    public ClusterForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var cluster = new Cluster
        {
            Name = Form.Name.Trim(),
            JointPlan = Form.JointPlan?.Trim(),
            Goals = Form.Goals?.Trim(),
            ExchangeDaysAllowed = Form.ExchangeDaysAllowed!.Value,
        };
        db.Clusters.Add(cluster);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Details", new { id = cluster.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ClusterRow(c.Id, c.Name, c.Members.Count, c.ExchangeDaysAllowed))
            .ToListAsync(cancellationToken);
}
