using Beacon.Web.Features.Surveys;
using Beacon.Web.Features.Surveys.Privacy;
using Beacon.Web.Ui.Charts;

namespace Beacon.Tests.Features.Surveys;

/// <summary>The agreement chart takes only what the results table shows: a hidden group is a "not shown" row, never a bar.</summary>
public class AgreementChartsTests
{
    [Fact]
    public void ByGroup_RoleGroupHiddenByThePrivacyRule_NotShownAndNotDrawn()
    {
        var survey = new Survey { Name = "Staff survey" };
        GroupResult Shown(string kind, string name, int[] chosen) =>
            new(kind, name, null, chosen.Sum() / 4, 4.1, [4.1], null) { Agreement = chosen };
        var results = new SurveyResults(survey, null, SmallGroupSuppression.Decide([], 5), [new StandardColumn("LC", "Learning communities")],
            Shown("District", "Whole district", [0, 4, 4, 20, 12]),
            [Shown("Role group", "Teachers", [0, 4, 4, 12, 8]), new GroupResult("Role group", "Leaders", null, null, null, [null], null)],
            [], [], [], [], null, null, []);

        var figure = AgreementCharts.ByGroup(results);
        var bars = figure.Drawing.Shapes.OfType<ShapeGroup>().ToList();

        Assert.Equal(["Whole district", "Teachers", "Leaders"], figure.Rows.Select(r => r.Label));
        Assert.Null(figure.Rows[2].Counts);
        Assert.Empty(bars[2].Shapes.OfType<Box>());
        Assert.Equal("false", bars[2].Data["shown"]);
        Assert.Equal("80% agree", figure.Rows[0].Summary);
        Assert.Equal("0,4,4,12,8", bars[1].Data["counts"]);
    }
}
