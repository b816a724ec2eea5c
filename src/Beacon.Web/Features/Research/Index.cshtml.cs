using Beacon.Web.Data;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Beacon.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

public sealed record ProjectRow(Guid Id, string Title, string Question, string? Subject, GradeBand? GradeBand, ResearchStage Stage, DateOnly? PublishedOn)
{
    public IReadOnlyList<string> Authors { get; init; } = [];
}

public sealed record Choice(Guid Id, string Name);

/// <summary>
/// The action research library: every published project of the district, searched by indicator, subject,
/// grade band and school (an author's), paged; and one's own projects at any stage.
/// </summary>
[Authorize(Policy = Policies.StaffDirectory)]
public class IndexModel(BeaconDbContext db, ResearchAccess access) : PageModel
{
    // The library has one order (newest first); the links carry no sort.
    private static readonly SortOrder Unsorted = new("published", true);

    [BindProperty(SupportsGet = true)]
    public Guid? Indicator { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public GradeBand? Grade { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    public PageOf<ProjectRow> Library { get; private set; } = null!;
    public ListLinks Links { get; private set; } = null!;
    public IReadOnlyList<ProjectRow> Mine { get; private set; } = [];
    public IReadOnlyList<Choice> Indicators { get; private set; } = [];
    public IReadOnlyList<Choice> Schools { get; private set; } = [];
    public IReadOnlyList<string> Subjects { get; private set; } = [];
    public bool IsStaff { get; private set; }

    // "page" is also Razor Pages' own route value, so it is read from the query string by name.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var published = db.ResearchProjects.AsNoTracking().Where(p => p.Stage == ResearchStage.Published);
        var page = await Rows(Filter(published).OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title).ThenBy(p => p.Id))
            .ToPageAsync(pageNumber, cancellationToken: cancellationToken);
        Library = page with { Items = await WithAuthorsAsync(page.Items, cancellationToken) };
        Links = new ListLinks("/Research",
            [new("indicator", Indicator?.ToString()), new("subject", Subject), new("grade", Grade?.ToString()), new("school", School?.ToString())],
            Unsorted, Unsorted);
        if (await access.MyStaffIdAsync(cancellationToken) is { } me)
        {
            IsStaff = true;
            var mine = db.ResearchProjects.AsNoTracking().Where(p => p.Members.Any(m => m.StaffMemberId == me)).OrderBy(p => p.Title).ThenBy(p => p.Id);
            Mine = await WithAuthorsAsync(await Rows(mine).Take(Limits.PeopleListed * 5).ToListAsync(cancellationToken), cancellationToken);
        }
        // The choices are what the published library holds, so a filter never leads to an empty list by design.
        Indicators = await db.Indicators.AsNoTracking()
            .Where(i => db.ResearchIndicators.Any(r => r.IndicatorId == i.Id && published.Any(p => p.Id == r.ProjectId)))
            .OrderBy(i => i.Code).Select(i => new Choice(i.Id, i.Code + " " + i.Text)).ToListAsync(cancellationToken);
        Schools = await db.Schools.AsNoTracking()
            .Where(s => db.ResearchMembers.Any(m => m.SchoolId == s.Id && m.Role == ResearchRole.Author && published.Any(p => p.Id == m.ProjectId)))
            .OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).Take(Limits.SchoolChoices).ToListAsync(cancellationToken);
        Subjects = await published.Where(p => p.Subject != null).Select(p => p.Subject!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
    }

    private IQueryable<ResearchProject> Filter(IQueryable<ResearchProject> projects)
    {
        if (Indicator is { } indicatorId)
        {
            projects = projects.Where(p => p.Indicators.Any(i => i.IndicatorId == indicatorId));
        }
        if (!string.IsNullOrWhiteSpace(Subject))
        {
            var subject = Limits.Fit(Subject.Trim(), Limits.ShortName).ToLowerInvariant();
            projects = projects.Where(p => p.Subject != null && p.Subject.ToLower() == subject);
        }
        if (Grade is { } grade)
        {
            projects = projects.Where(p => p.GradeBand == grade);
        }
        if (School is { } schoolId)
        {
            projects = projects.Where(p => p.Members.Any(m => m.Role == ResearchRole.Author && m.SchoolId == schoolId));
        }
        return projects;
    }

    private static IQueryable<ProjectRow> Rows(IQueryable<ResearchProject> projects) =>
        projects.Select(p => new ProjectRow(p.Id, p.Title, p.Question, p.Subject, p.GradeBand, p.Stage, p.PublishedOn));

    private async Task<List<ProjectRow>> WithAuthorsAsync(IReadOnlyList<ProjectRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var authors = (await db.ResearchMembers.Where(m => ids.Contains(m.ProjectId) && m.Role == ResearchRole.Author)
                .Join(db.StaffMembers, m => m.StaffMemberId, s => s.Id, (m, s) => new { m.ProjectId, Name = s.GivenName + " " + s.FamilyName })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ProjectId, a => a.Name);
        return rows.Select(r => r with { Authors = authors[r.Id].Order(StringComparer.CurrentCulture).ToList() }).ToList();
    }
}
