using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// A district with an adopted framework and two schools: Alder with six teachers and a principal,
/// Birch with three teachers (or as many as asked); every staff member has an email. The first teacher of Alder has an
/// account linked to their staff record; a district leader runs the survey.
/// </summary>
public sealed partial record SurveyScenario(
    BeaconFactory Factory, TestDistrict District, Guid Alder, Guid Birch, Guid FrameworkId,
    IReadOnlyList<string> AlderTeachers, string AlderPrincipal, IReadOnlyList<string> BirchTeachers,
    TestAccount Leader, TestAccount SignedInTeacher)
{
    public static async Task<SurveyScenario> CreateAsync(BeaconFactory factory, int birchTeachers = 3)
    {
        var district = await factory.CreateDistrictAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Email(string who) => $"{who}.{tag}@staff.example";
        var data = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var alder = new School { SourceId = "alder", Name = "Alder Elementary" };
            var birch = new School { SourceId = "birch", Name = "Birch Middle" };
            var staff = new List<StaffMember>();
            StaffMember Person(string id, School school, StaffRole role)
            {
                var person = new StaffMember { SourceId = id, GivenName = id, FamilyName = "Staff", Email = Email(id), Role = role };
                person.Assignments.Add(new StaffAssignment { School = school });
                staff.Add(person);
                return person;
            }
            for (var i = 1; i <= 6; i++)
            {
                Person($"alder-t{i}", alder, StaffRole.Teacher);
            }
            Person("alder-p", alder, StaffRole.Administrator);
            for (var i = 1; i <= birchTeachers; i++)
            {
                Person($"birch-t{i}", birch, StaffRole.Teacher);
            }
            db.AddRange(alder, birch);
            db.AddRange(staff);
            var framework = await db.Frameworks.SingleAsync(f => f.PackKey == "tlc-principles");
            framework.Adopted = true;
            await db.SaveChangesAsync();
            return (alder.Id, birch.Id, framework.Id, staff.First(s => s.SourceId == "alder-t1").Id);
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher, data.Item4);
        return new SurveyScenario(factory, district, data.Item1, data.Item2, data.Item3,
            Enumerable.Range(1, 6).Select(i => Email($"alder-t{i}")).ToList(), Email("alder-p"),
            Enumerable.Range(1, birchTeachers).Select(i => Email($"birch-t{i}")).ToList(), leader, teacher);
    }

    /// <summary>
    /// Designs a survey through the form for both schools and publishes it; returns its id. Then, unless
    /// <paramref name="invite"/> is false, makes its invitations as the background job would (tests run no job runner).
    /// </summary>
    public async Task<Guid> DesignAndPublishAsync(BrowserlessClient leader, string name = "Staff survey 2026", Guid? copyFrom = null, bool invite = true)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.FrameworkId"] = FrameworkId.ToString(),
            ["Form.CopyFromId"] = copyFrom?.ToString() ?? "",
            ["Form.OpensOn"] = today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Form.ClosesOn"] = today.AddDays(14).ToString("yyyy-MM-dd"),
            ["Form.AsksForComment"] = "true",
        };
        var content = fields.ToList();
        content.Add(new("Form.SchoolIds", Alder.ToString()));
        content.Add(new("Form.SchoolIds", Birch.ToString()));
        content.Add(new("__RequestVerificationToken", await leader.TokenFromAsync("/Surveys/New")));
        var created = await leader.Http.PostAsync("/Surveys/New", new FormUrlEncodedContent(content));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"design answered {(int)created.StatusCode}: {BrowserlessClient.Excerpt(await created.Content.ReadAsStringAsync())}");
        var details = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(details.Split('/').Last());
        var confirm = $"/Surveys/Publish/{id}";
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Publish and mail {Everyone.Count:N0} people"), await leader.GetPageAsync(confirm));
        var published = await leader.PostFormAsync(confirm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        if (invite)
        {
            await InviteAsync(Factory);
        }
        return id;
    }

    /// <summary>One run of the job that makes published surveys' invitations and queues their mails.</summary>
    public static async Task InviteAsync(BeaconFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SurveyInvitingJob>().RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every staff member's email: all of them are invited and mailed.</summary>
    public IReadOnlyList<string> Everyone => [.. AlderTeachers, AlderPrincipal, .. BirchTeachers];

    /// <summary>Makes a release of the results so far, as a leader does from the survey's page; returns the notice shown.</summary>
    public static async Task<string> ReleaseAsync(BrowserlessClient leader, Guid id) =>
        await PostDetailsAsync(leader, id, "Release");

    /// <summary>Closes the survey, which makes the final release; returns the notice shown.</summary>
    public static async Task<string> CloseAsync(BrowserlessClient leader, Guid id) =>
        await PostDetailsAsync(leader, id, "Close");

    public static async Task<string> RemindAsync(BrowserlessClient leader, Guid id) =>
        await PostDetailsAsync(leader, id, "Remind");

    private static async Task<string> PostDetailsAsync(BrowserlessClient leader, Guid id, string handler)
    {
        var details = $"/Surveys/Details/{id}";
        var response = await leader.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await leader.GetPageAsync(details);
    }

    /// <summary>The item ids of an answer page, in order.</summary>
    public static IReadOnlyList<string> ItemIds(string page) =>
        ItemPattern().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

    public static Dictionary<string, string> AllAnswers(string page, int value, string? comment = null)
    {
        var fields = ItemIds(page).ToDictionary(id => $"Answers[{id}]", _ => value.ToString());
        if (comment is not null)
        {
            fields["Comment"] = comment;
        }
        return fields;
    }

    /// <summary>Answers by the link in the last mail to <paramref name="email"/>; returns the link.</summary>
    public async Task<string> AnswerByLinkAsync(string email, int value, string? comment = null)
    {
        var link = await Mailbox.LastLinkAsync(Factory, email, "/Surveys/Take");
        using var client = BrowserlessClient.For(Factory);
        var page = await client.GetPageAsync(link);
        var fields = AllAnswers(page, value, comment);
        fields["code"] = Code(link);
        var response = await client.PostFormAsync(link, fields, "/Surveys/Take?handler=Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit answered {(int)response.StatusCode}: {BrowserlessClient.Excerpt(await response.Content.ReadAsStringAsync())}");
        return link;
    }

    public static string Code(string link) => Uri.UnescapeDataString(link.Split("code=")[1].Split('&')[0]);

    [GeneratedRegex("name=\"Answers\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex ItemPattern();
}
