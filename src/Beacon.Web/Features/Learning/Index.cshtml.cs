using Beacon.Web.Data;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>The catalog: published offerings (and, for the office, drafts), searched and filtered, a page at a time.</summary>
public class IndexModel(BeaconDbContext db, LearningAccess access, CatalogQuery catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OfferingKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Credit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Past { get; set; }

    private static readonly SortOrder TitleOrder = new("title", false);

    public PageOf<CatalogRow> Offerings { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;
    public IReadOnlyList<CreditType> CreditTypes { get; private set; } = [];
    public bool IsOffice => access.IsOffice;
    public bool IsPrincipal => access.IsPrincipal;
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Kind is not null || Credit is not null || Past;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Offerings = await catalog.PageAsync(new CatalogFilter(Q, Kind, Credit, Past), IsOffice, pageNumber, cancellationToken);
        Links = new ListLinks("/Learning",
            [new("q", Q), new("kind", Kind?.ToString()), new("credit", Credit?.ToString()), new("past", Past ? "true" : null)],
            TitleOrder, TitleOrder);
        CreditTypes = await db.CreditTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }
}
