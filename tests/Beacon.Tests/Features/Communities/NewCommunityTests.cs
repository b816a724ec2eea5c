using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Communities;

/// <summary>Starting each kind of community through the form, as a district leader does, on both providers.</summary>
[Trait("Category", "Database")]
public partial class NewCommunityTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Theory]
    [InlineData(CommunityKind.SchoolPlc, "Grade 3 maths PLC", "School PLC")]
    [InlineData(CommunityKind.TeacherLearningCommunity, "Formative assessment TLC", "Teacher learning community")]
    [InlineData(CommunityKind.InquiryGroup, "Reading fluency inquiry", "Inquiry group")]
    [InlineData(CommunityKind.Network, "Rural schools network", "Network")]
    public async Task Create_EachKind_CommunityPageShowsItWithItsIndicatorAndFacilitator(CommunityKind kind, string name, string label)
    {
        var district = await factory.CreateDistrictAsync();
        var school = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var s = new School { SourceId = "plc-school", Name = "Maple Elementary", Enrollment = 300 };
            db.Schools.Add(s);
            var framework = await db.Frameworks.OrderBy(f => f.Name).FirstAsync();
            framework.Adopted = true;
            await db.SaveChangesAsync();
            return s.Id;
        });
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var form = await client.GetPageAsync("/Communities/New");
        Assert.Contains("<h1>New learning community</h1>", form);
        var indicators = form.IndexOf("name=\"Form.IndicatorIds\"", StringComparison.Ordinal);
        Assert.True(indicators > 0, "The form offers no indicator list");
        var indicator = IndicatorOption().Match(form, indicators);
        Assert.True(indicator.Success, "The form offers no indicator of the adopted framework");
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Kind"] = kind.ToString(),
            ["Form.SchoolId"] = kind == CommunityKind.SchoolPlc ? school.ToString() : "",
            ["Form.GradeOrSubject"] = kind == CommunityKind.SchoolPlc ? "Grade 3" : "",
            ["Form.Focus"] = "Checking understanding during lessons",
            ["Form.IndicatorIds"] = indicator.Groups["id"].Value,
            ["IFacilitate"] = "true",
        };
        var created = await client.PostFormAsync("/Communities/New", fields);

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"Creating a {label} answered {(int)created.StatusCode}: {BrowserlessClient.Excerpt(await created.Content.ReadAsStringAsync())}");
        var details = await client.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains($"<h1>{name}</h1>", details);
        var text = PageText.Of(details);
        Assert.Contains($"Kind {label}", text, StringComparison.Ordinal);
        Assert.Contains(PageText.Of(indicator.Groups["text"].Value).Trim(), text, StringComparison.Ordinal);
        Assert.Contains(kind == CommunityKind.SchoolPlc ? "School Maple Elementary" : "School District-wide", text, StringComparison.Ordinal);
        var saved = await factory.InScopeAsync(district.Id, (_, db) => db.Communities.Include(c => c.Members).SingleAsync(c => c.Name == name));
        Assert.Equal(kind, saved.Kind);
        Assert.Equal((leader.Id, MemberRole.Facilitator), (Assert.Single(saved.Members).UserId, saved.Members[0].Role));
    }

    [Fact]
    public async Task Create_SchoolPlcWithoutSchool_FieldMessage()
    {
        var district = await factory.CreateDistrictAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        var response = await client.PostFormAsync("/Communities/New", new Dictionary<string, string>
        {
            ["Form.Name"] = "A PLC of no school",
            ["Form.Kind"] = nameof(CommunityKind.SchoolPlc),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("A school PLC belongs to one school: choose it.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Form.SchoolId"));
    }

    [GeneratedRegex("<option value=\"(?<id>[0-9a-f-]{36})\">(?<text>[^<]+)</option>", RegexOptions.None)]
    private static partial Regex IndicatorOption();
}
