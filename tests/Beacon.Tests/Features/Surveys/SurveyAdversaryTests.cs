using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Acceptance 1 of the survey privacy issue, played as a determined district administrator would:
/// publish; answers come in; a release; snapshot every page and export a district administrator and
/// a district leader can reach; remind; one more person answers (with answers unlike everyone's);
/// release again; snapshot again; read the audit log. The test computes every difference between
/// the two snapshots and asserts that none of it says who answered in between or what they said.
/// </summary>
[Trait("Category", "Database")]
public partial class SurveyAdversaryTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Snapshots_BeforeAndAfterOneMoreAnswer_RevealNeitherWhoNorWhat()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        var admin = await factory.CreateAccountAsync(s.District, Roles.DistrictAdministrator);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        using var administrator = await BrowserlessClient.SignedInAsync(factory, admin);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var (email, n) in s.AlderTeachers.Skip(1).Select((e, n) => (e, n)))
        {
            await s.AnswerByLinkAsync(email, 2 + (n % 3), $"Comment {n}");
        }
        await s.AnswerByLinkAsync(s.BirchTeachers[0], 3);
        await s.AnswerByLinkAsync(s.BirchTeachers[1], 4);
        Assert.Contains("Release 1 is published", await SurveyScenario.ReleaseAsync(leader, id));

        var before = await SnapshotAsync(id, s, leader, administrator);
        var auditBefore = await AuditAsync(s);
        await SurveyScenario.RemindAsync(leader, id);
        // The one who answers in between: the first Alder teacher, disagreeing with everything, with a comment only they would write.
        await s.AnswerByLinkAsync(s.AlderTeachers[0], 1, "Written by the one who answered after the reminder");
        Assert.Contains("Nothing new to release", await SurveyScenario.ReleaseAsync(leader, id));
        var after = await SnapshotAsync(id, s, leader, administrator);
        var auditAfter = await AuditAsync(s);

        // Every results view and export of every release is exactly as before: there is no difference to subtract.
        var results = before.Keys.Where(u => u.Contains("/Surveys/Results/", StringComparison.Ordinal)).ToList();
        Assert.True(results.Count >= 6, $"results views crawled: {string.Join(", ", results)}");
        Assert.All(results, url => Assert.True(before[url] == after[url], $"{url} changed:\n{Diff(before[url], after[url])}"));
        Assert.All(after.Values, page => Assert.DoesNotContain("Written by the one who answered after the reminder", page));
        Assert.All(results, url => Assert.DoesNotContain("1.00", after[url]));

        // Wherever anything else changed (a page, the audit log), the change names nobody.
        var identities = await IdentitiesAsync(s, id);
        var changes = before.Keys.Intersect(after.Keys).Select(url => (url, Diff(before[url], after[url]))).Where(d => d.Item2.Length > 0).ToList();
        foreach (var (url, diff) in changes)
        {
            Assert.False(identities.Any(i => diff.Contains(i, StringComparison.OrdinalIgnoreCase)), $"{url} changed in a way that names someone:\n{diff}");
        }
        var newEntries = auditAfter.Except(auditBefore).ToList();
        var mailing = Assert.Single(newEntries);
        Assert.Contains("Reminded 3 staff at 2 schools", mailing);
        Assert.DoesNotContain(auditAfter, e => identities.Any(i => e.Contains(i, StringComparison.OrdinalIgnoreCase)) && e.Contains("Survey", StringComparison.Ordinal));
        Assert.DoesNotContain(auditAfter, e => e.StartsWith(nameof(SurveyInvitation), StringComparison.Ordinal));
        // The response-rate table shows no band that the one answer could move: Alder has fewer than five still to answer.
        var details = after[$"leader:/Surveys/Details/{id}"];
        Assert.DoesNotContain("100%", details);
        Assert.Equal(before[$"leader:/Surveys/Details/{id}"], details);
    }

    /// <summary>
    /// Every page and export the two accounts reach by following links from the home page and the survey
    /// pages; not their own account pages, whose GETs (a new authenticator key) end the session.
    /// </summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(Guid id, SurveyScenario s, BrowserlessClient leader, BrowserlessClient administrator)
    {
        var pages = new Dictionary<string, string>();
        foreach (var (who, client) in new[] { ("leader", leader), ("admin", administrator) })
        {
            var queue = new Queue<string>(["/", "/Surveys", $"/Surveys/Details/{id}", $"/Surveys/Results/{id}", $"/Surveys/Results/{id}?school={s.Alder}", $"/Surveys/Results/{id}?school={s.Birch}", "/Audit"]);
            var seen = new HashSet<string>(queue);
            var fetched = 0;
            while (queue.Count > 0 && fetched < 150)
            {
                var url = queue.Dequeue();
                var response = await client.GetAsync(url);
                fetched++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                if (type.Contains("spreadsheet", StringComparison.Ordinal))
                {
                    continue; // the same rows as the CSV beside it, in a zip whose timestamps differ
                }
                var body = Normalize(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
                pages[$"{who}:{url}"] = body;
                if (!type.Contains("html", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (Match link in HrefPattern().Matches(body))
                {
                    var next = WebUtility.HtmlDecode(link.Groups[1].Value);
                    if (next.StartsWith('/') && !next.StartsWith("//", StringComparison.Ordinal) && !next.StartsWith("/Account", StringComparison.OrdinalIgnoreCase)
                        && !next.StartsWith("/css", StringComparison.Ordinal) && !next.StartsWith("/js", StringComparison.Ordinal) && !next.StartsWith("/lib", StringComparison.Ordinal)
                        && (!next.Contains("handler=", StringComparison.Ordinal) || next.Contains("handler=Export", StringComparison.Ordinal))
                        && seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }
        return pages;
    }

    private async Task<List<string>> AuditAsync(SurveyScenario s) =>
        await factory.InScopeAsync(s.District.Id, async (_, db) =>
            (await db.AuditEntries.OrderBy(a => a.At).Select(a => new { a.Entity, a.EntityId, a.Changes, a.UserName }).ToListAsync())
            .Select(a => $"{a.Entity}|{a.EntityId}|{a.UserName}|{a.Changes}").ToList());

    /// <summary>Everything that names an invited person: staff ids, emails, names, invitation ids and token hashes, the teacher's account.</summary>
    private async Task<List<string>> IdentitiesAsync(SurveyScenario s, Guid id) =>
        await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var staff = await db.StaffMembers.Select(m => new { m.Id, m.Email, m.GivenName }).ToListAsync();
            var invitations = await db.SurveyInvitations.Where(i => i.SurveyId == id).Select(i => new { i.Id, i.TokenHash }).ToListAsync();
            return staff.SelectMany(m => new[] { m.Id.ToString(), m.Email!, m.GivenName })
                .Concat(invitations.SelectMany(i => new[] { i.Id.ToString(), i.TokenHash ?? "-" }))
                .Concat([s.SignedInTeacher.Id, s.SignedInTeacher.Email])
                .ToList();
        });

    /// <summary>The lines of one snapshot that are not in the other, both ways.</summary>
    private static string Diff(string before, string after)
    {
        var a = before.Split('\n').ToHashSet();
        var b = after.Split('\n').ToHashSet();
        return string.Join("\n", b.Where(l => !a.Contains(l)).Select(l => "+ " + l).Concat(a.Where(l => !b.Contains(l)).Select(l => "- " + l)));
    }

    private static string Normalize(string body) => TokenPattern().Replace(body, "value=\"(token)\"");

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex TokenPattern();
}
