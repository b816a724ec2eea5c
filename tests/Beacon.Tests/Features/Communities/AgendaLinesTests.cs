using Beacon.Web.Features.Communities;

namespace Beacon.Tests.Features.Communities;

public class AgendaLinesTests
{
    [Fact]
    public void Parse_WellFormedLines_StepsWithKinds()
    {
        var (steps, problems) = AgendaLines.Parse("5 | Welcome\n\n40 | How's it going? | check-in\r\n15 | Next steps | planning");

        Assert.Empty(problems);
        Assert.Equal([("Welcome", 5, AgendaItemKind.General), ("How's it going?", 40, AgendaItemKind.CheckInRound), ("Next steps", 15, AgendaItemKind.ActionPlanning)],
            steps.Select(s => (s.Title, s.Minutes, s.Kind)));
    }

    [Fact]
    public void Parse_BadLines_EachNamedByLineNumber()
    {
        var (_, problems) = AgendaLines.Parse("Welcome\n5 | Fine\n10 | Odd | sideways");

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("Line 1:", problems[0]);
        Assert.StartsWith("Line 3:", problems[1]);
    }
}
