using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Results of a survey for the district or one school, read from a release only, never from the
/// live answers (see <see cref="ReleaseRule"/>): respondents per school and role group, and sums of
/// answers per role group and item (and per school for the district view). The privacy rule decides
/// over the whole district's table, so the district and school views hide consistently.
/// A release never changes once made, so what is computed from one (respondents and the privacy
/// rule's decision, sums per role group and item, means per school) is kept in memory by release
/// id, district and minimum: a view after the first reads the survey, its releases and the names.
/// Nothing needs invalidating; another node computes its own copy.
/// </summary>
public sealed class SurveyResultsQuery(BeaconDbContext db, IMemoryCache cache, CurrentDistrict district)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    private sealed record Sum(string RoleGroup, Guid ItemId, long Total, int Count, int[] Chose);

    /// <param name="number">A release's number; the latest release when null.</param>
    /// <param name="finalOnly">Only the release made when the survey closed (what teachers see).</param>
    public async Task<SurveyResults?> LoadAsync(Guid surveyId, Guid? schoolId, CancellationToken cancellationToken, int? number = null, bool finalOnly = false)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        string? schoolName = null;
        if (schoolId is { } id)
        {
            schoolName = await db.Schools.Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
            if (schoolName is null)
            {
                return null;
            }
        }
        var releases = await db.SurveyReleases.Where(r => r.SurveyId == surveyId && (!finalOnly || r.Final))
            .OrderBy(r => r.Number).Select(r => new ReleaseInfo(r.Id, r.Number, r.ReleasedOn, r.Minimum, r.Final)).ToListAsync(cancellationToken);
        var release = number is { } n ? releases.FirstOrDefault(r => r.Number == n) : releases.LastOrDefault();
        if (number is not null && release is null)
        {
            return null;
        }
        var minimum = MinimumRespondents.Effective(await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken));
        var items = survey.Items.OrderBy(i => i.Position).ToList();
        var standards = items.Select(i => new StandardColumn(i.StandardCode, i.StandardName)).Distinct().ToList();
        var (disclosure, counts) = release is null ? (SmallGroupSuppression.Decide([], minimum), []) : await DiscloseAsync(release.Id, Math.Max(minimum, release.Minimum), cancellationToken);
        var sums = release is null ? [] : await SumsAsync(release.Id, schoolId, cancellationToken);

        var previous = survey.PreviousSurveyId is { } previousId ? await PreviousAsync(previousId, schoolId, minimum, cancellationToken) : null;

        bool RoleShown(Disclosure d, string role) => schoolId is { } s ? d.ShowsCell(s, role) : d.ShowsRole(role);
        var totalShown = schoolId is { } sid ? disclosure.ShowsSchool(sid) : disclosure.ShowsDistrict;
        var totalCount = schoolId is { } sc ? counts.Where(c => c.SchoolId == sc).Sum(c => c.Respondents) : disclosure.Respondents;

        GroupResult Group(string kind, string name, Guid? school, bool shown, int count, Func<Sum, bool> member, bool previousShown, Func<Sum, bool> previousMember)
        {
            if (!shown)
            {
                return new GroupResult(kind, name, school, null, null, standards.Select(_ => (double?)null).ToList(), null);
            }
            var mine = sums.Where(member).ToList();
            var mean = Mean(mine);
            double? change = previous is not null && previousShown ? mean - Mean(previous.Value.Sums.Where(previousMember)) : null;
            return new GroupResult(kind, name, school, count, mean,
                standards.Select(st => (double?)Mean(mine.Where(m => items.First(i => i.Id == m.ItemId).StandardCode == st.Code))).ToList(),
                change is { } c && double.IsFinite(c) ? c : null)
            {
                Agreement = Chosen(mine),
                PreviousAgreement = previous is { } before && previousShown ? Chosen(before.Sums.Where(previousMember)) : null,
            };
        }

        var previousTotalShown = previous is { } p && (schoolId is { } ps ? p.Disclosure.ShowsSchool(ps) : p.Disclosure.ShowsDistrict);
        var total = Group(schoolId is null ? "District" : "School", schoolName ?? "Whole district", schoolId, totalShown, totalCount, _ => true,
            previousTotalShown, _ => true);
        var roles = RoleGroups.All
            .Where(r => counts.Any(c => c.RoleGroup == r && (schoolId is null || c.SchoolId == schoolId)))
            .Select(r => Group("Role group", r, schoolId, RoleShown(disclosure, r),
                counts.Where(c => c.RoleGroup == r && (schoolId is null || c.SchoolId == schoolId)).Sum(c => c.Respondents),
                s => s.RoleGroup == r, previous is { } pr && RoleShown(pr.Disclosure, r), s => s.RoleGroup == r))
            .ToList();
        var schools = schoolId is null && release is not null ? await SchoolRowsAsync(release.Id, disclosure, counts, standards.Count, cancellationToken) : [];

        var ranked = total.Shown
            ? items.Select(i => (Item: i, Mean: Mean(sums.Where(s => s.ItemId == i.Id)))).Where(x => double.IsFinite(x.Mean))
                .Select(x => new ItemResult(x.Item.IndicatorCode, x.Item.Text, x.Item.StandardName, x.Mean)).OrderByDescending(x => x.Mean).ToList()
            : [];
        // The previous survey's figures are matched by indicator and standard code: its items are copies with ids of their own.
        IReadOnlyList<int>? Before(Func<(string Indicator, string Standard), bool> matches) => previous is { } last && previousTotalShown
            ? Chosen(last.Sums.Where(s => last.Items.TryGetValue(s.ItemId, out var codes) && matches(codes)))
            : null;
        var agreement = total.Shown
            ? items.Select(i => new ItemAgreement(i.IndicatorCode, i.Text, i.StandardCode, Chosen(sums.Where(s => s.ItemId == i.Id)))
            { PreviousChosen = Before(c => c.Indicator == i.IndicatorCode) }).ToList()
            : [];
        var byStandard = total.Shown
            ? standards.Select(st => new ItemAgreement(st.Code, st.Name, st.Code,
                Chosen(sums.Where(s => items.First(i => i.Id == s.ItemId).StandardCode == st.Code)))
            { PreviousChosen = Before(c => c.Standard == st.Code) }).ToList()
            : [];
        var comments = schoolId is { } commentSchool && release is not null
            ? await CommentsAsync(release.Id, commentSchool, RoleGroups.All.Where(r => disclosure.ShowsCell(commentSchool, r)).ToList(), cancellationToken)
            : [];
        var previousName = survey.PreviousSurveyId is { } pid ? await db.Surveys.Where(s => s.Id == pid).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new SurveyResults(survey, schoolName, disclosure, standards, total, roles, schools,
            ranked.Take(3).ToList(), ranked.AsEnumerable().Reverse().Take(3).ToList(), comments, previousName, release, releases)
        {
            Items = agreement,
            ByStandard = byStandard,
        };
    }

    /// <summary>Respondents per school and role group in a release, and what the privacy rule lets show of them.</summary>
    public Task<(Disclosure Disclosure, List<GroupCount> Counts)> DiscloseAsync(Guid releaseId, int minimum, CancellationToken cancellationToken) =>
        CachedAsync(("disclose", releaseId, minimum), () => ComputeDisclosureAsync(releaseId, minimum, cancellationToken));

    private async Task<(Disclosure Disclosure, List<GroupCount> Counts)> ComputeDisclosureAsync(Guid releaseId, int minimum, CancellationToken cancellationToken)
    {
        var counts = (await db.SurveyReleaseCells.Where(c => c.ReleaseId == releaseId)
            .Select(c => new { c.SchoolId, c.RoleGroup, c.Respondents })
            .ToListAsync(cancellationToken))
            .Select(c => new GroupCount(c.SchoolId, c.RoleGroup, c.Respondents)).ToList();
        return (SmallGroupSuppression.Decide(counts, minimum), counts);
    }

    private Task<List<Sum>> SumsAsync(Guid releaseId, Guid? schoolId, CancellationToken cancellationToken) =>
        CachedAsync(("sums", releaseId, schoolId), () => ComputeSumsAsync(releaseId, schoolId, cancellationToken));

    private async Task<List<Sum>> ComputeSumsAsync(Guid releaseId, Guid? schoolId, CancellationToken cancellationToken)
    {
        var figures = db.SurveyReleaseFigures.Where(f => f.ReleaseId == releaseId);
        if (schoolId is { } id)
        {
            figures = figures.Where(f => f.SchoolId == id);
        }
        return (await figures.GroupBy(f => new { f.RoleGroup, f.ItemId })
                .Select(g => new
                {
                    g.Key.RoleGroup,
                    g.Key.ItemId,
                    Total = g.Sum(f => f.Sum),
                    Count = g.Sum(f => f.Count),
                    C1 = g.Sum(f => f.Chose1),
                    C2 = g.Sum(f => f.Chose2),
                    C3 = g.Sum(f => f.Chose3),
                    C4 = g.Sum(f => f.Chose4),
                    C5 = g.Sum(f => f.Chose5),
                })
                .ToListAsync(cancellationToken))
            .Select(s => new Sum(s.RoleGroup, s.ItemId, s.Total, s.Count, [s.C1, s.C2, s.C3, s.C4, s.C5])).ToList();
    }

    private async Task<List<GroupResult>> SchoolRowsAsync(Guid releaseId, Disclosure disclosure, List<GroupCount> counts, int standardCount, CancellationToken cancellationToken)
    {
        var means = await CachedAsync(("means", releaseId), async () => await db.SurveyReleaseFigures.Where(f => f.ReleaseId == releaseId)
            .GroupBy(f => f.SchoolId)
            .Select(g => new { SchoolId = g.Key, Total = g.Sum(f => f.Sum), Count = g.Sum(f => f.Count) })
            .ToDictionaryAsync(g => g.SchoolId, g => (g.Total, g.Count), cancellationToken));
        // Respondents per school summed once (a metro release has thousands of cells), and the district's school names
        // read whole rather than through a parameter per school.
        var respondents = counts.GroupBy(c => c.SchoolId).ToDictionary(g => g.Key, g => g.Sum(c => c.Respondents));
        var names = (await db.Schools.Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Where(n => respondents.ContainsKey(n.Id));
        var blank = Enumerable.Repeat<double?>(null, standardCount).ToList();
        return names.OrderBy(n => n.Name).Select(n => disclosure.ShowsSchool(n.Id) && means.TryGetValue(n.Id, out var mean)
                ? new GroupResult("School", n.Name, n.Id, respondents[n.Id], (double)mean.Total / mean.Count, blank, null)
                : new GroupResult("School", n.Name, n.Id, null, null, blank, null))
            .ToList();
    }

    private async Task<(Disclosure Disclosure, List<Sum> Sums, Dictionary<Guid, (string Indicator, string Standard)> Items)?> PreviousAsync(
        Guid previousId, Guid? schoolId, int minimum, CancellationToken cancellationToken)
    {
        var release = await db.SurveyReleases.Where(r => r.SurveyId == previousId).OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Minimum }).FirstOrDefaultAsync(cancellationToken);
        if (release is null)
        {
            return null;
        }
        var (disclosure, _) = await DiscloseAsync(release.Id, Math.Max(minimum, release.Minimum), cancellationToken);
        var items = (await db.SurveyItems.Where(i => i.SurveyId == previousId)
                .Select(i => new { i.Id, i.IndicatorCode, i.StandardCode }).ToListAsync(cancellationToken))
            .ToDictionary(i => i.Id, i => (i.IndicatorCode, i.StandardCode));
        return (disclosure, await SumsAsync(release.Id, schoolId, cancellationToken), items);
    }

    // Sorted by text: the order in which comments arrived is nowhere, neither here nor in the stored rows.
    private async Task<List<(string, string)>> CommentsAsync(Guid releaseId, Guid schoolId, List<string> shownRoles, CancellationToken cancellationToken) =>
        (await db.SurveyReleaseComments.Where(c => c.ReleaseId == releaseId && c.SchoolId == schoolId && shownRoles.Contains(c.RoleGroup))
            .OrderBy(c => c.RoleGroup).ThenBy(c => c.Text).Take(500)
            .Select(c => new { c.RoleGroup, c.Text }).ToListAsync(cancellationToken))
        .Select(c => (c.RoleGroup, c.Text)).ToList();

    /// <summary>What one release gives for <paramref name="key"/>, computed once; the district is part of the key, so no district reads another's.</summary>
    private async Task<T> CachedAsync<T>(object key, Func<Task<T>> compute)
    {
        var id = district.Id ?? throw new InvalidOperationException("Survey results are read within a district.");
        var entry = (id, key);
        if (cache.TryGetValue(entry, out T? known) && known is not null)
        {
            return known;
        }
        var value = await compute();
        cache.Set(entry, value, Kept);
        return value;
    }

    /// <summary>How many chose each point of the scale, 1 to 5, over <paramref name="sums"/>.</summary>
    private static IReadOnlyList<int> Chosen(IEnumerable<Sum> sums)
    {
        var chosen = new int[5];
        foreach (var s in sums)
        {
            for (var point = 0; point < chosen.Length; point++)
            {
                chosen[point] += s.Chose[point];
            }
        }
        return chosen;
    }

    private static double Mean(IEnumerable<Sum> sums)
    {
        long total = 0;
        var count = 0;
        foreach (var s in sums)
        {
            total += s.Total;
            count += s.Count;
        }
        return count == 0 ? double.NaN : (double)total / count;
    }
}
