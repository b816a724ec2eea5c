using Beacon.Web.Data;
using Beacon.Web.Exports;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>The district's schools: search, sort, page and export, all computed in the database.</summary>
public class IndexModel(BeaconDbContext db) : PageModel
{
    public static readonly Sorting<SchoolRow> Sorting = new Sorting<SchoolRow>(new SortOrder("name", false))
        .Add("name", r => r.Name)
        .Add("band", r => r.GradeBand)
        .Add("enrollment", r => r.Enrollment)
        .Add("poverty", r => r.PovertyPercent)
        .Add("staff", r => r.StaffCount)
        .TieBreak(r => r.Id);

    public static readonly ExportColumn<SchoolRow>[] ExportColumns =
    [
        new("Name", r => r.Name),
        new("State code", r => r.StateCode),
        new("Local code", r => r.LocalCode),
        new("Grade band", r => r.GradeBand.Label()),
        new("Enrollment", r => r.Enrollment),
        new("Poverty %", r => r.PovertyPercent),
        new("Staff", r => r.StaffCount),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortBy { get; set; }

    public PageOf<SchoolRow> Schools { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var sort = Sorting.Parse(SortBy);
        Schools = await Sorting.Apply(Query(), sort).ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Links = new ListLinks("/Schools", [new("q", Q)], sort, Sorting.Default);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest("Choose format=csv or format=xlsx.");
        }
        var rows = await Sorting.Apply(Query(), Sorting.Parse(SortBy)).ToListAsync(cancellationToken);
        var file = TableExport.Create(rows, ExportColumns, exportFormat, "schools");
        return File(file.Content, file.ContentType, file.FileName);
    }

    private IQueryable<SchoolRow> Query()
    {
        var schools = db.Schools.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
            schools = schools.Where(s => s.Name.ToLower().Contains(term)
                || (s.StateCode != null && s.StateCode.ToLower().Contains(term))
                || (s.LocalCode != null && s.LocalCode.ToLower().Contains(term))
                || s.SourceId.ToLower().Contains(term));
        }
        return schools.Select(s => new SchoolRow
        {
            Id = s.Id,
            Name = s.Name,
            StateCode = s.StateCode,
            LocalCode = s.LocalCode,
            GradeBand = s.GradeBand,
            Enrollment = s.Enrollment,
            PovertyPercent = s.PovertyPercent,
            StaffCount = s.Assignments.Count(),
        });
    }

    /// <summary>Built with property setters, not a constructor, so the database can still sort and page by its members.</summary>
    public sealed record SchoolRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string? StateCode { get; init; }
        public string? LocalCode { get; init; }
        public GradeBand GradeBand { get; init; }
        public int? Enrollment { get; init; }
        public double? PovertyPercent { get; init; }
        public int StaffCount { get; init; }
    }
}
