using System.Text;
using System.Text.Json.Nodes;
using Beacon.Web.Features.Frameworks;
using static Beacon.Tests.Features.Frameworks.FrameworkJsonSamples;

namespace Beacon.Tests.Features.Frameworks;

public class FrameworkJsonTests
{
    [Fact]
    public void Read_ValidFile_GivesDocumentWithTrimmedTextAndNoProblems()
    {
        var json = Valid();
        Indicator(json, 0, 0)["text"] = "  Every class reads daily.  ";

        var result = FrameworkJson.Read(Bytes(json));

        Assert.Empty(result.Problems);
        var document = Assert.IsType<FrameworkDocument>(result.Document);
        Assert.Equal("Reading for all", document.Name);
        Assert.Equal(["Not yet evident", "Emerging", "Developing", "Embedded"], document.Rubric.Select(l => l.Label));
        Assert.Equal(["A.1", "A.2", "B.1"], document.Indicators.Select(i => i.Code));
        Assert.Equal("Every class reads daily.", document.Indicators.First().Text);
        Assert.Equal("Our own plan, 2026", document.Indicators.First().Citation);
    }

    public static TheoryData<string, Func<byte[]>, string, string> OneKindOfError => new()
    {
        { "missing levels", () => Without("rubric"), "$.rubric", "is missing" },
        { "too few levels", () => With(j => j["rubric"] = new JsonArray(new JsonObject { ["level"] = 1, ["label"] = "Only" })), "$.rubric", "needs 2 to 7" },
        { "levels out of order", () => With(j => j["rubric"]![1]!["level"] = 3), "$.rubric[1].level", "should be 2" },
        { "duplicate indicator codes", () => With(j => Indicator(j, 1, 0)["code"] = "a.1"), "$.domains[1].indicators[0].code", "already used by another indicator (at $.domains[0].indicators[0])" },
        { "duplicate domain codes", () => With(j => j["domains"]![1]!["code"] = "A"), "$.domains[1].code", "already used by another domain (at $.domains[0])" },
        { "empty text", () => With(j => Indicator(j, 0, 1)["text"] = "   "), "$.domains[0].indicators[1].text", "is empty" },
        { "unknown key", () => With(j => Indicator(j, 0, 0)["colour"] = "red"), "$.domains[0].indicators[0].colour", "not a known key" },
        { "too-deep nesting", TooDeep, "$", "nests deeper than 10 levels" },
        { "oversized file", Oversized, "$", "at most 512 KB" },
        { "not JSON", () => Encoding.UTF8.GetBytes("{ \"name\": \"x\", }"), "$", "not valid JSON" },
        { "wrong type", () => With(j => j["name"] = 42), "$.name", "must be text" },
        { "missing name", () => Without("name"), "$.name", "is missing" },
        { "domain without indicators", () => With(j => j["domains"]![1]!["indicators"] = new JsonArray()), "$.domains[1].indicators", "is empty" },
        { "invalid code", () => With(j => Indicator(j, 0, 0)["code"] = "A 1!"), "$.domains[0].indicators[0].code", "not a valid code" },
        { "text too long", () => With(j => Indicator(j, 0, 0)["text"] = new string('x', 401)), "$.domains[0].indicators[0].text", "at most 400" },
        { "unsupported format version", () => With(j => j["formatVersion"] = 2), "$.formatVersion", "format version 1 only" },
        { "duplicate level labels", () => With(j => j["rubric"]![2]!["label"] = "emerging"), "$.rubric[2].label", "already the label of level 2" },
        { "not an object", () => Encoding.UTF8.GetBytes("[1, 2]"), "$", "must be one JSON object" },
        { "empty file", () => [], "$", "is empty" },
        { "no domains", () => With(j => j["domains"] = new JsonArray()), "$.domains", "is empty" },
    };

    [Theory]
    [MemberData(nameof(OneKindOfError))]
    public void Read_OneKindOfError_RejectedWithOneMessageAtItsPath(string kind, Func<byte[]> file, string path, string message)
    {
        var result = FrameworkJson.Read(file());

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Path == path, $"{kind}: path {problem.Path}, expected {path}");
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEachOnceAndGivesNoDocument()
    {
        var json = Valid();
        json.Remove("name");
        json["colour"] = "blue";
        Indicator(json, 0, 1)["code"] = "A.1";
        json["domains"]![1]!["indicators"]![0]!["text"] = "";
        json["rubric"]![3]!["level"] = "four";

        var result = FrameworkJson.Read(Bytes(json));

        Assert.Null(result.Document);
        Assert.Equal(
            ["$.colour", "$.name", "$.rubric[3].level", "$.domains[0].indicators[1].code", "$.domains[1].indicators[0].text"],
            result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameFileAgain()
    {
        var first = FrameworkJson.Read(Bytes(Valid())).Document!;

        var written = FrameworkJson.Write(first, "https://beacon.example/frameworks/schema.json");
        var again = FrameworkJson.Read(written).Document!;

        Assert.Equal(written, FrameworkJson.Write(again, "https://beacon.example/frameworks/schema.json"));
    }

    [Fact]
    public void Validate_DocumentMadeInBrowserWithDuplicateCode_ReportsTheSameProblemAsAFile()
    {
        var document = FrameworkJson.Read(Bytes(Valid())).Document!;
        document.Domains[1].Indicators.Add(new IndicatorDocument("A.2", "A second A.2"));

        var problem = Assert.Single(FrameworkJson.Validate(document));

        Assert.Equal("$.domains[1].indicators[1].code", problem.Path);
    }

    private static byte[] With(Action<JsonObject> change)
    {
        var json = Valid();
        change(json);
        return Bytes(json);
    }

    private static byte[] Without(string key) => With(j => j.Remove(key));

    private static byte[] TooDeep() => With(j =>
    {
        JsonNode nested = "bottom";
        for (var i = 0; i < 12; i++)
        {
            nested = new JsonArray(nested);
        }
        Indicator(j, 0, 0)["description"] = nested;
    });

    private static byte[] Oversized() => With(j =>
    {
        var indicators = new JsonArray();
        for (var i = 0; i < 2000; i++)
        {
            indicators.Add(new JsonObject { ["code"] = $"X.{i}", ["text"] = new string('t', 300) });
        }
        j["domains"]![0]!["indicators"] = indicators;
    });
}
