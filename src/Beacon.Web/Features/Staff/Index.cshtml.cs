using Beacon.Web.Data;
using Beacon.Web.Data.Figures;
using Beacon.Web.Exports;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staff;

/// <summary>
/// The district's staff: search, filter by school and role, sort, page and export from one query.
/// Who sees what, field by field:
/// - names, roles and schools: every district role but board trustees (who have no directory);
/// - email, staff number, years of experience and certification (and searching, sorting by them),
///   and the export: district administrators (who keep the roster), district leaders and human
///   resources (who staff the schools) — <see cref="Roles.StaffRecordReaders"/>;
/// - effectiveness ratings: the same roles, <see cref="Roles.RatingReaders"/>.
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class IndexModel(BeaconDbContext db, SchoolScope scope, FigureCache figures) : PageModel
{
    // Ratings are stored by name; these orders rank them by meaning rather than alphabetically.
    public static readonly Sorting<StaffMember> Sorting = new Sorting<StaffMember>(new SortOrder("name", false))
        .Add("name", s => s.FamilyName).ThenBy(s => s.GivenName)
        .Add("role", s => s.Role)
        .Add("experience", s => s.YearsOfExperience)
        .Add("certification", s => s.Certification == CertificationStatus.Certified ? 3
            : s.Certification == CertificationStatus.Provisional ? 2
            : s.Certification == CertificationStatus.Uncertified ? 1 : 0)
        .Add("effectiveness", s => s.Effectiveness == EffectivenessRating.HighlyEffective ? 4
            : s.Effectiveness == EffectivenessRating.Effective ? 3
            : s.Effectiveness == EffectivenessRating.Developing ? 2
            : s.Effectiveness == EffectivenessRating.Ineffective ? 1 : 0)
        .TieBreak(s => s.Id);

    public static readonly ExportColumn<StaffRow>[] ExportColumns =
    [
        new("Family name", r => r.FamilyName),
        new("Given name", r => r.GivenName),
        new("Staff number", r => r.StaffNumber),
        new("Email", r => r.Email),
        new("Role", r => r.Role.Label()),
        new("Schools", r => string.Join("; ", r.Schools)),
        new("Years of experience", r => r.YearsOfExperience),
        new("Certification", r => r.Certification.Label()),
        new("Effectiveness", r => r.Effectiveness.Label()),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffRole? Role { get; set; }

    /// <summary>Part of a school's name, when the district has more schools than a filter lists.</summary>
    [BindProperty(SupportsGet = true, Name = "schoolq")]
    public string? SchoolQ { get; set; }

    /// <summary>The district has more than <see cref="Limits.SchoolChoices"/> schools: the school filter is a search box.</summary>
    public bool SchoolSearch { get; private set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortBy { get; set; }

    public PageOf<StaffRow> Staff { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;
    public IReadOnlyList<SchoolOption> Schools { get; private set; } = [];
    public bool SeesRatings => scope.SeesRatings;
    public bool SeesRecords => scope.SeesStaffRecords;
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || School is not null || Role is not null || !string.IsNullOrWhiteSpace(SchoolQ);

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var sort = Sorting.Parse(Allowed(SortBy));
        var sorted = Sorting.Apply(Filter(), sort);
        // The whole directory's count (100,000 rows at metro scale) is kept until the staff change; a filtered one is counted.
        int? everyone = Filtered ? null
            : await figures.GetAsync(StaffSetup.DirectoryFigures, "count", () => db.StaffMembers.CountAsync(cancellationToken), cancellationToken);
        var page = await Project(sorted).ToPageAsync(pageNumber, cancellationToken: cancellationToken, knownTotal: everyone);
        var onPage = sorted.Skip(Paging.Skip(page.Number, page.Size)).Take(page.Size);
        Staff = page with { Items = await WithSchoolsAsync(page.Items, onPage, cancellationToken) };
        Links = new ListLinks("/Staff",
            [new("q", Q), new("school", School?.ToString()), new("schoolq", SchoolQ), new("role", Role?.ToString())],
            sort, Sorting.Default);
        Schools = await db.Schools.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SchoolOption(s.Id, s.Name))
            .Take(Limits.SchoolChoices + 1)
            .ToListAsync(cancellationToken);
        if (Schools.Count > Limits.SchoolChoices)
        {
            // Too many to list: the filter becomes a search by name, and a school chosen elsewhere (its page's link) is named.
            SchoolSearch = true;
            Schools = School is { } chosen
                ? await db.Schools.Where(s => s.Id == chosen).Select(s => new SchoolOption(s.Id, s.Name)).ToListAsync(cancellationToken)
                : [];
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!SeesRecords)
        {
            return Forbid();
        }
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            return BadRequest("Choose format=csv or format=xlsx.");
        }
        var sort = Sorting.Parse(Allowed(SortBy));
        var rows = await Project(Sorting.Apply(Filter(), sort)).ToListAsync(cancellationToken);
        rows = await WithSchoolsAsync(rows, Filter(), cancellationToken);
        var columns = SeesRatings ? ExportColumns : ExportColumns.Where(c => c.Header != "Effectiveness").ToArray();
        var file = TableExport.Create(rows, columns, exportFormat, "staff");
        return File(file.Content, file.ContentType, file.FileName);
    }

    private IQueryable<StaffMember> Filter()
    {
        var staff = db.StaffMembers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim().ToLowerInvariant();
            // Searching by a field one may not see would reveal it a letter at a time.
            staff = SeesRecords
                ? staff.Where(s => (s.GivenName + " " + s.FamilyName).ToLower().Contains(term)
                    || (s.Email != null && s.Email.ToLower().Contains(term))
                    || (s.StaffNumber != null && s.StaffNumber.ToLower().Contains(term)))
                : staff.Where(s => (s.GivenName + " " + s.FamilyName).ToLower().Contains(term));
        }
        if (School is { } schoolId)
        {
            staff = staff.Where(s => s.Assignments.Any(a => a.SchoolId == schoolId));
        }
        if (!string.IsNullOrWhiteSpace(SchoolQ))
        {
            var schoolTerm = Limits.Fit(SchoolQ.Trim(), Limits.Name).ToLowerInvariant();
            staff = staff.Where(s => s.Assignments.Any(a => a.School!.Name.ToLower().Contains(schoolTerm)));
        }
        if (Role is { } role)
        {
            staff = staff.Where(s => s.Role == role);
        }
        return staff;
    }

    /// <summary>The sort asked for, unless it orders by a field this reader may not see (the order would reveal it).</summary>
    private string? Allowed(string? sort)
    {
        string[] hidden = SeesRatings ? [] : ["effectiveness"];
        if (!SeesRecords)
        {
            hidden = [.. hidden, "experience", "certification"];
        }
        return hidden.Any(h => sort?.Contains(h, StringComparison.OrdinalIgnoreCase) == true) ? null : sort;
    }

    private IQueryable<StaffRow> Project(IQueryable<StaffMember> staff)
    {
        var seesRatings = SeesRatings;
        var seesRecords = SeesRecords;
        return staff.Select(s => new StaffRow
        {
            Id = s.Id,
            GivenName = s.GivenName,
            FamilyName = s.FamilyName,
            StaffNumber = seesRecords ? s.StaffNumber : null,
            Email = seesRecords ? s.Email : null,
            Role = s.Role,
            YearsOfExperience = seesRecords ? s.YearsOfExperience : null,
            Certification = seesRecords ? s.Certification : CertificationStatus.Unknown,
            Effectiveness = seesRatings ? s.Effectiveness : null,
        });
    }

    /// <summary>
    /// Adds each row's school names from one joined query over <paramref name="staff"/>. Projecting
    /// the names as a nested collection made SQLite re-scan the assignments for every staff member
    /// (seconds for a page of 80,000 staff, minutes for the export); a list of ids made it scan the
    /// district's assignments; joining from the page's own query walks the staff-member index.
    /// </summary>
    private static async Task<List<StaffRow>> WithSchoolsAsync(
        IReadOnlyList<StaffRow> rows, IQueryable<StaffMember> staff, CancellationToken cancellationToken)
    {
        var schools = (await staff.SelectMany(s => s.Assignments)
                .Select(a => new { a.StaffMemberId, a.School!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.StaffMemberId, a => a.Name);
        return rows.Select(r => r with { Schools = schools[r.Id].Order(StringComparer.OrdinalIgnoreCase).ToList() }).ToList();
    }

    public sealed record SchoolOption(Guid Id, string Name);

    public sealed record StaffRow
    {
        public Guid Id { get; init; }
        public string GivenName { get; init; } = "";
        public string FamilyName { get; init; } = "";
        public string? StaffNumber { get; init; }
        public string? Email { get; init; }
        public StaffRole Role { get; init; }
        public IReadOnlyList<string> Schools { get; init; } = [];
        public int? YearsOfExperience { get; init; }
        public CertificationStatus Certification { get; init; }
        public EffectivenessRating? Effectiveness { get; init; }
    }
}
