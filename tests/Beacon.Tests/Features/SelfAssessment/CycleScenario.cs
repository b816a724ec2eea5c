using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.SelfAssessment;

/// <summary>
/// A district with two schools, an adopted framework, a district leader, three people for a team,
/// a principal of school A and a teacher of school B, and one metric of school A.
/// </summary>
public sealed record CycleScenario(
    BeaconFactory Factory, TestDistrict District, Guid SchoolA, Guid SchoolB, Guid FrameworkId, Guid MetricId,
    TestAccount Leader, IReadOnlyList<TestAccount> Team, TestAccount PrincipalOfA, TestAccount TeacherOfB)
{
    public const string Pack = "tlc-principles";

    public static async Task<CycleScenario> CreateAsync(BeaconFactory factory)
    {
        var district = await factory.CreateDistrictAsync();
        var ids = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var a = new School { SourceId = "a", Name = "Alder Elementary" };
            var b = new School { SourceId = "b", Name = "Birch Middle" };
            var principal = new StaffMember { SourceId = "p", GivenName = "Pat", FamilyName = "Principal", Role = StaffRole.Administrator };
            principal.Assignments.Add(new StaffAssignment { School = a });
            var teacher = new StaffMember { SourceId = "t", GivenName = "Tia", FamilyName = "Teacher" };
            teacher.Assignments.Add(new StaffAssignment { School = b });
            var year = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 1), EndsOn = new DateOnly(2026, 6, 30) };
            var measure = new Measure { Code = "reading", Name = "Reading proficiency (%)" };
            var metric = new SchoolMetric { School = a, SchoolYear = year, Measure = measure, Value = 61.5 };
            db.AddRange(a, b, principal, teacher, year, measure, metric);
            var framework = await db.Frameworks.SingleAsync(f => f.PackKey == Pack);
            framework.Adopted = true;
            await db.SaveChangesAsync();
            return (a.Id, b.Id, framework.Id, metric.Id, principal.Id, teacher.Id);
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var team = new List<TestAccount>();
        foreach (var role in new[] { Roles.Coach, Roles.Teacher, Roles.Teacher })
        {
            team.Add(await factory.CreateAccountAsync(district, role));
        }
        var principalAccount = await factory.CreateAccountAsync(district, Roles.SchoolLeader, ids.Item5);
        var teacherOfB = await factory.CreateAccountAsync(district, Roles.Teacher, ids.Item6);
        return new CycleScenario(factory, district, ids.Item1, ids.Item2, ids.Item3, ids.Item4, leader, team, principalAccount, teacherOfB);
    }

    public Task<BrowserlessClient> SignInAsync(TestAccount account) => BrowserlessClient.SignedInAsync(Factory, account);

    /// <summary>Opens a cycle through the form as <paramref name="opener"/> and returns its id.</summary>
    public async Task<Guid> OpenCycleAsync(BrowserlessClient opener, Guid? schoolId, IEnumerable<TestAccount> team, string name = "Self-assessment 2026")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.FrameworkId", FrameworkId.ToString()),
            new("Form.Scope", schoolId?.ToString() ?? "district"),
            new("Form.Name", name),
        };
        fields.AddRange(team.Select(t => new KeyValuePair<string, string>("Form.Team", t.Id)));
        var token = await opener.TokenFromAsync("/SelfAssessment/Open");
        fields.Add(new("__RequestVerificationToken", token));
        var response = await opener.Http.PostAsync("/SelfAssessment/Open", new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"opening answered {(int)response.StatusCode}: {Errors(await response.Content.ReadAsStringAsync())}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>A refusal for lack of a role: the cookie scheme answers it with a redirect to the access-denied page.</summary>
    public static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    /// <summary>The validation messages of a page, to say why a form was not accepted.</summary>
    public static string Errors(string page) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(page, "class=\"(?:field-error|error-summary)[^\"]*\"[^>]*>(.*?)</(?:span|div)>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Trim()).Where(m => m.Length > 0));

    public Task<List<(Guid Id, string Code)>> IndicatorsAsync(Guid cycleId) =>
        Factory.InScopeAsync(District.Id, async (_, db) =>
        {
            var version = await db.AssessmentCycles.Where(c => c.Id == cycleId).Select(c => c.FrameworkVersionId).SingleAsync();
            return (await db.Indicators.Where(i => i.FrameworkVersionId == version).OrderBy(i => i.Code).Select(i => new { i.Id, i.Code }).ToListAsync())
                .Select(i => (i.Id, i.Code)).ToList();
        });

    /// <summary>Rates every indicator through the form: <paramref name="levelFor"/> gives each indicator's level.</summary>
    public static async Task<HttpResponseMessage> RateAsync(BrowserlessClient member, Guid cycleId, IReadOnlyList<(Guid Id, string Code)> indicators, Func<string, int?> levelFor)
    {
        var fields = new Dictionary<string, string>();
        for (var n = 0; n < indicators.Count; n++)
        {
            fields[$"Ratings[{n}].IndicatorId"] = indicators[n].Id.ToString();
            fields[$"Ratings[{n}].Level"] = levelFor(indicators[n].Code)?.ToString() ?? "";
            fields[$"Ratings[{n}].Comment"] = $"Comment on {indicators[n].Code}";
        }
        return await member.PostFormAsync($"/SelfAssessment/Rate/{cycleId}", fields);
    }

    public static Task<HttpResponseMessage> PostIndicatorAsync(BrowserlessClient client, Guid cycleId, Guid indicatorId, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/SelfAssessment/Indicator/{cycleId}/{indicatorId}", fields, $"/SelfAssessment/Indicator/{cycleId}/{indicatorId}?handler={handler}");
}
