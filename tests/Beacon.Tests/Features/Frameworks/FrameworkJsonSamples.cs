using System.Text;
using System.Text.Json.Nodes;

namespace Beacon.Tests.Features.Frameworks;

/// <summary>A small valid framework file as a JSON tree, for tests to break in one place at a time.</summary>
public static class FrameworkJsonSamples
{
    public static JsonObject Valid() => JsonNode.Parse("""
        {
          "formatVersion": 1,
          "name": "Reading for all",
          "description": "How well a school teaches reading.",
          "rubric": [
            { "level": 1, "label": "Not yet evident" },
            { "level": 2, "label": "Emerging" },
            { "level": 3, "label": "Developing" },
            { "level": 4, "label": "Embedded", "description": "Everywhere, every day." }
          ],
          "domains": [
            {
              "code": "A",
              "name": "Teaching",
              "indicators": [
                { "code": "A.1", "text": "Every class reads daily.", "citation": "Our own plan, 2026" },
                { "code": "A.2", "text": "Teachers check understanding while reading." }
              ]
            },
            {
              "code": "B",
              "name": "Support",
              "description": "Help for those who need it.",
              "indicators": [
                { "code": "B.1", "text": "Struggling readers get help within a week." }
              ]
            }
          ]
        }
        """)!.AsObject();

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static JsonObject Indicator(JsonObject root, int domain, int indicator) =>
        root["domains"]![domain]!["indicators"]![indicator]!.AsObject();
}
