using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Admin.Districts;

/// <summary>Every district of the deployment. System administration: the one place that looks across the tenant filter.</summary>
[Authorize(Policy = Policies.SystemAdministrator)]
public class IndexModel(BeaconDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    public int Total { get; private set; }
    public int PageCount => Paging.PageCount(Total, PageSize);
    public IReadOnlyList<DistrictRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var districts = db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter]);
        Total = await districts.CountAsync(cancellationToken);
        PageNumber = Paging.Clamp(PageNumber, Total, PageSize);
        // With no district in scope (a system administrator has none) the account filter is open.
        Rows = await districts
            .OrderBy(d => d.Name)
            .Skip(Paging.Skip(PageNumber, PageSize)).Take(PageSize)
            .Select(d => new DistrictRow(d.Name, d.Slug, d.CreatedAt, db.Users.Count(u => u.DistrictId == d.Id)))
            .ToListAsync(cancellationToken);
    }

    public sealed record DistrictRow(string Name, string Slug, DateTimeOffset CreatedAt, int Accounts);
}
