using System.Net;
using Beacon.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>A double click, a back button or a retry after a network error sends the same answers twice: exactly one response is kept.</summary>
[Trait("Category", "Database")]
public class DoubleSubmitTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Submit_TwoConcurrentPostsOfSameAnswers_RecordOneResponse()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        var link = await Mailbox.LastLinkAsync(factory, s.BirchTeachers[2], "/Surveys/Take");
        using var client = BrowserlessClient.For(factory);
        var page = await client.GetPageAsync(link);
        var token = await client.TokenFromAsync(link);
        var fields = SurveyScenario.AllAnswers(page, 3);
        fields["code"] = SurveyScenario.Code(link);
        fields["__RequestVerificationToken"] = token;

        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            client.Http.PostAsync("/Surveys/Take?handler=Submit", new FormUrlEncodedContent(fields))));

        Assert.All(posts, p => Assert.True(p.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"answered {(int)p.StatusCode}"));
        var counts = await factory.InScopeAsync(s.District.Id, async (_, db) => (
            Responses: await db.SurveyResponses.CountAsync(r => r.SurveyId == id),
            Answers: await db.SurveyAnswers.CountAsync(a => a.SurveyId == id),
            Items: await db.SurveyItems.CountAsync(i => i.SurveyId == id)));
        Assert.Equal(1, counts.Responses);
        Assert.Equal(counts.Items, counts.Answers);
    }
}
