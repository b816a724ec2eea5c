using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Frameworks.FrameworkJsonSamples;

namespace Beacon.Tests.Features.Frameworks;

[Trait("Category", "Database")]
public class FrameworkImportTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    public static TheoryData<string, string, string> TenKindsOfError => new()
    {
        { "missing levels", Mutate(j => j.Remove("rubric")), "$.rubric" },
        { "duplicate codes", Mutate(j => Indicator(j, 1, 0)["code"] = "A.1"), "$.domains[1].indicators[0].code" },
        { "empty text", Mutate(j => Indicator(j, 0, 0)["text"] = " "), "$.domains[0].indicators[0].text" },
        { "unknown key", Mutate(j => j["colour"] = "red"), "$.colour" },
        { "too-deep nesting", Mutate(j => Indicator(j, 0, 0)["description"] = JsonNode.Parse("[[[[[[[[[[[[1]]]]]]]]]]]]")), "$" },
        { "oversized file", Mutate(j => j["description"] = new string('x', 600 * 1024)), "$" },
        { "levels out of order", Mutate(j => j["rubric"]![0]!["level"] = 2), "$.rubric[0].level" },
        { "domain without indicators", Mutate(j => j["domains"]![0]!["indicators"] = new JsonArray()), "$.domains[0].indicators" },
        { "wrong type", Mutate(j => j["name"] = true), "$.name" },
        { "not JSON", "{ \"name\": ", "$" },
    };

    [Theory]
    [MemberData(nameof(TenKindsOfError))]
    public async Task Import_FileWithOneKindOfError_ListsOneProblemAndSavesNothing(string kind, string json, string path)
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await CountsAsync(district.Id);

        var response = await ImportAsync(client, json);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has 1 problem, listed below. Nothing was saved.", body, StringComparison.Ordinal);
        var list = body[body.IndexOf("<ul class=\"problems\"", StringComparison.Ordinal)..];
        var problems = System.Text.RegularExpressions.Regex.Matches(list[..list.IndexOf("</ul>", StringComparison.Ordinal)], "<li><code>([^<]*)</code>:");
        Assert.True(problems.Count == 1, $"{kind}: {problems.Count} problems listed");
        Assert.Equal(path, WebUtility.HtmlDecode(problems[0].Groups[1].Value));
        Assert.Equal(before, await CountsAsync(district.Id));
    }

    [Fact]
    public async Task Import_FileWithManyProblems_ListsEachAndSavesNothing()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var before = await CountsAsync(district.Id);
        var json = Mutate(j =>
        {
            j.Remove("name");
            j["extra"] = 1;
            Indicator(j, 1, 0)["code"] = "A.2";
            Indicator(j, 0, 0)["text"] = "";
        });

        var body = await (await ImportAsync(client, json)).Content.ReadAsStringAsync();

        Assert.Contains("has 4 problems", body, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(district.Id));
    }

    [Fact]
    public async Task ExportThenImport_ValidFramework_IsIdenticalAndExportsTheSameFile()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var original = await factory.InScopeAsync(district.Id, (_, db) => db.Frameworks.Where(f => f.PackKey == "strong-districts").Select(f => f.Id).SingleAsync());

        var exported = await client.Http.GetByteArrayAsync($"/Frameworks/Export/{original}");
        var response = await ImportAsync(client, Encoding.UTF8.GetString(exported));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var imported = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var again = await client.Http.GetByteArrayAsync($"/Frameworks/Export/{imported}");

        Assert.NotEqual(original, imported);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        var (indicators, citations) = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var version = await db.Frameworks.Where(f => f.Id == imported).Select(f => f.CurrentVersionId).SingleAsync();
            return (await db.Indicators.CountAsync(i => i.FrameworkVersionId == version),
                await db.Indicators.CountAsync(i => i.FrameworkVersionId == version && i.Citation != null));
        });
        Assert.Equal(Beacon.Web.Features.Frameworks.ContentPacks.All.Single(p => p.Key == "strong-districts").Document.Indicators.Count(), indicators);
        Assert.Equal(indicators, citations);
    }

    [Fact]
    public async Task Import_AsTeacher_Forbidden()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.Http.GetAsync("/Frameworks/Import");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("Import a framework", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_Anonymous_ServedWithTheKeysTheImportAccepts()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/frameworks/schema.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(Beacon.Web.Features.Frameworks.FrameworkJsonWalker.FrameworkKeys, Keys(schema["properties"]!));
        Assert.Equal(Beacon.Web.Features.Frameworks.FrameworkJsonWalker.LevelKeys, Keys(schema["$defs"]!["level"]!["properties"]!));
        Assert.Equal(Beacon.Web.Features.Frameworks.FrameworkJsonWalker.DomainKeys, Keys(schema["$defs"]!["domain"]!["properties"]!));
        Assert.Equal(Beacon.Web.Features.Frameworks.FrameworkJsonWalker.IndicatorKeys, Keys(schema["$defs"]!["indicator"]!["properties"]!));
    }

    private static string[] Keys(JsonNode properties) => properties.AsObject().Select(p => p.Key).ToArray();

    private static string Mutate(Action<JsonObject> change)
    {
        var json = Valid();
        change(json);
        return json.ToJsonString();
    }

    private static async Task<HttpResponseMessage> ImportAsync(BrowserlessClient client, string json)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "Upload", "framework.json");
        return await client.PostMultipartAsync("/Frameworks/Import", content);
    }

    private Task<(int, int, int)> CountsAsync(Guid districtId) =>
        factory.InScopeAsync(districtId, async (_, db) => (
            await db.Frameworks.CountAsync(), await db.FrameworkVersions.CountAsync(), await db.Indicators.CountAsync()));
}
