using Beacon.Web.Data;
using Beacon.Web.Features.Surveys.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// Results of a survey for the district or one school, counted by the database: respondents per
/// school and role group, and sums of answers per role group and item (and per school for the
/// district view) — a few hundred rows whatever the number of answers. The privacy rule decides
/// over the whole district's table, so the district and school views hide consistently.
/// </summary>
public sealed class SurveyResultsQuery(BeaconDbContext db)
{
    private sealed record Sum(string RoleGroup, Guid ItemId, long Total, int Count);

    public async Task<SurveyResults?> LoadAsync(Guid surveyId, Guid? schoolId, CancellationToken cancellationToken)
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
        var minimum = await db.Districts.Select(d => d.SurveyMinimumRespondents).FirstAsync(cancellationToken);
        var items = survey.Items.OrderBy(i => i.Position).ToList();
        var standards = items.Select(i => new StandardColumn(i.StandardCode, i.StandardName)).Distinct().ToList();
        var (disclosure, counts) = await DiscloseAsync(surveyId, minimum, cancellationToken);
        var sums = await SumsAsync(surveyId, schoolId, cancellationToken);

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
                change is { } c && double.IsFinite(c) ? c : null);
        }

        var total = Group(schoolId is null ? "District" : "School", schoolName ?? "Whole district", schoolId, totalShown, totalCount, _ => true,
            previous is { } p && (schoolId is { } ps ? p.Disclosure.ShowsSchool(ps) : p.Disclosure.ShowsDistrict), _ => true);
        var roles = RoleGroups.All
            .Where(r => counts.Any(c => c.RoleGroup == r && (schoolId is null || c.SchoolId == schoolId)))
            .Select(r => Group("Role group", r, schoolId, RoleShown(disclosure, r),
                counts.Where(c => c.RoleGroup == r && (schoolId is null || c.SchoolId == schoolId)).Sum(c => c.Respondents),
                s => s.RoleGroup == r, previous is { } pr && RoleShown(pr.Disclosure, r), s => s.RoleGroup == r))
            .ToList();
        var schools = schoolId is null ? await SchoolRowsAsync(survey, disclosure, counts, standards.Count, cancellationToken) : [];

        var ranked = total.Shown
            ? items.Select(i => (Item: i, Mean: Mean(sums.Where(s => s.ItemId == i.Id)))).Where(x => double.IsFinite(x.Mean))
                .Select(x => new ItemResult(x.Item.IndicatorCode, x.Item.Text, x.Item.StandardName, x.Mean)).OrderByDescending(x => x.Mean).ToList()
            : [];
        var comments = schoolId is { } commentSchool
            ? await CommentsAsync(surveyId, commentSchool, RoleGroups.All.Where(r => disclosure.ShowsCell(commentSchool, r)).ToList(), cancellationToken)
            : [];
        var previousName = survey.PreviousSurveyId is { } pid ? await db.Surveys.Where(s => s.Id == pid).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new SurveyResults(survey, schoolName, disclosure, standards, total, roles, schools,
            ranked.Take(3).ToList(), ranked.AsEnumerable().Reverse().Take(3).ToList(), comments, previousName);
    }

    /// <summary>Respondents per school and role group, and what the privacy rule lets show of them.</summary>
    public async Task<(Disclosure Disclosure, List<GroupCount> Counts)> DiscloseAsync(Guid surveyId, int minimum, CancellationToken cancellationToken)
    {
        var counts = (await db.SurveyResponses.Where(r => r.SurveyId == surveyId)
            .GroupBy(r => new { r.SchoolId, r.RoleGroup })
            .Select(g => new { g.Key.SchoolId, g.Key.RoleGroup, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(c => new GroupCount(c.SchoolId, c.RoleGroup, c.Count)).ToList();
        return (SmallGroupSuppression.Decide(counts, minimum), counts);
    }

    private async Task<List<Sum>> SumsAsync(Guid surveyId, Guid? schoolId, CancellationToken cancellationToken)
    {
        var answers = db.SurveyAnswers.Where(a => a.SurveyId == surveyId);
        if (schoolId is { } id)
        {
            answers = answers.Where(a => a.SchoolId == id);
        }
        return (await answers.GroupBy(a => new { a.RoleGroup, a.ItemId })
                .Select(g => new { g.Key.RoleGroup, g.Key.ItemId, Total = g.Sum(a => (long)a.Value), Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(s => new Sum(s.RoleGroup, s.ItemId, s.Total, s.Count)).ToList();
    }

    private async Task<List<GroupResult>> SchoolRowsAsync(Survey survey, Disclosure disclosure, List<GroupCount> counts, int standardCount, CancellationToken cancellationToken)
    {
        var means = await db.SurveyAnswers.Where(a => a.SurveyId == survey.Id)
            .GroupBy(a => a.SchoolId)
            .Select(g => new { SchoolId = g.Key, Total = g.Sum(a => (long)a.Value), Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, cancellationToken);
        var ids = counts.Select(c => c.SchoolId).Distinct().ToList();
        var names = await db.Schools.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var blank = Enumerable.Repeat<double?>(null, standardCount).ToList();
        return names.OrderBy(n => n.Name).Select(n => disclosure.ShowsSchool(n.Id)
                ? new GroupResult("School", n.Name, n.Id, counts.Where(c => c.SchoolId == n.Id).Sum(c => c.Respondents),
                    (double)means[n.Id].Total / means[n.Id].Count, blank, null)
                : new GroupResult("School", n.Name, n.Id, null, null, blank, null))
            .ToList();
    }

    private async Task<(Disclosure Disclosure, List<Sum> Sums)?> PreviousAsync(Guid previousId, Guid? schoolId, int minimum, CancellationToken cancellationToken)
    {
        var previous = await db.Surveys.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == previousId, cancellationToken);
        if (previous is null)
        {
            return null;
        }
        var (disclosure, _) = await DiscloseAsync(previousId, minimum, cancellationToken);
        return (disclosure, await SumsAsync(previousId, schoolId, cancellationToken));
    }

    private async Task<List<(string, string)>> CommentsAsync(Guid surveyId, Guid schoolId, List<string> shownRoles, CancellationToken cancellationToken) =>
        (await db.SurveyResponses.Where(r => r.SurveyId == surveyId && r.SchoolId == schoolId && r.Comment != null && shownRoles.Contains(r.RoleGroup))
            .OrderBy(r => r.RoleGroup).ThenBy(r => r.Comment).Take(500)
            .Select(r => new { r.RoleGroup, r.Comment }).ToListAsync(cancellationToken))
        .Select(r => (r.RoleGroup, r.Comment!)).ToList();

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
