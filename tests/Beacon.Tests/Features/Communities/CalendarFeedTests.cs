using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Ical.Net;
using Ical.Net.DataTypes;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public partial class CalendarFeedTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static readonly MeetingRule Rule =
        new(MeetingFrequency.Monthly, DayOfWeek.Tuesday, 2, new TimeOnly(16, 0), 75, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));

    [Fact]
    public async Task CommunityFeed_SeriesWithExceptions_ParsesBackWithTheSameMeetings()
    {
        var (district, communityId, coach) = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);
        var url = await CreateFeedAsync(client, communityId);

        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(text)!;
        var series = Assert.Single(calendar.Events, e => e.RecurrenceIdentifier is null);
        Assert.Equal("Grade 5 TLC", series.Summary);
        Assert.NotNull(series.RecurrenceRule);
        Assert.Single(series.ExceptionDates.GetAllDates());
        var moved = Assert.Single(calendar.Events, e => e.RecurrenceIdentifier is not null);
        Assert.Equal(new DateTime(2026, 11, 12, 15, 30, 0), moved.DtStart!.Value);

        var parsed = calendar.GetOccurrences(new CalDateTime(2026, 9, 1))
            .TakeWhile(o => o.Period.StartTime.Value < new DateTime(2027, 7, 1))
            .Select(o => o.Period.StartTime.Value).Order().ToList();
        var expected = MeetingRecurrence.Between(Rule, new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), Changes).Select(o => o.Start).ToList();
        Assert.Equal(expected, parsed);
        Assert.DoesNotContain(new DateTime(2026, 10, 13, 16, 0, 0), parsed);
        Assert.Equal(9, parsed.Count);
        Assert.DoesNotContain(district.Name, text);
    }

    [Fact]
    public async Task CommunityFeed_Revoked_AnswersNotFound()
    {
        var (_, communityId, coach) = await ArrangeAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, coach);
        var url = await CreateFeedAsync(client, communityId);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);

        var unconfirmed = await client.PostFormAsync($"/Communities/Schedule/{communityId}?handler=Revoke", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        var revoked = await client.PostFormAsync($"/Communities/Schedule/{communityId}?handler=Revoke", new Dictionary<string, string> { ["ConfirmRevoke"] = "true" });

        Assert.Contains("Tick the box to confirm", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task PersonalFeed_MemberOfCommunity_HasItsSeriesAndTheReplacedAddressIsGone()
    {
        var (district, communityId, _) = await ArrangeAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        await CommunityData.MemberAsync(factory, district, communityId, teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var first = FeedUrl(await (await client.PostFormAsync("/Communities/Calendar?handler=Create", new Dictionary<string, string>(), null)).Content.ReadAsStringAsync());
        var second = FeedUrl(await (await client.PostFormAsync("/Communities/Calendar?handler=Create", new Dictionary<string, string>(), null)).Content.ReadAsStringAsync());
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(first)).StatusCode);
        var calendar = Calendar.Load(await anonymous.GetStringAsync(second))!;
        Assert.Contains(calendar.Events, e => e.Summary == "Grade 5 TLC");
    }

    [Fact]
    public async Task Feed_UnknownOrMalformedToken_AnswersNotFound()
    {
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/nothing.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{Guid.NewGuid():N}{new string('a', 40)}.ics")).StatusCode);
    }

    private static readonly OccurrenceChange[] Changes =
    [
        new(new DateOnly(2026, 10, 13), null),
        new(new DateOnly(2026, 11, 10), new DateTime(2026, 11, 12, 15, 30, 0)),
    ];

    private async Task<(TestDistrict District, Guid CommunityId, TestAccount Coach)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var communityId = await CommunityData.CommunityAsync(factory, district, "Grade 5 TLC", configure: c =>
        {
            (c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime) = (Rule.Frequency, Rule.Day, Rule.WeekOfMonth, Rule.Start);
            (c.DurationMinutes, c.FirstMeetingOn, c.LastMeetingOn, c.TimeZoneId) = (Rule.DurationMinutes, Rule.From, Rule.Until, "America/Chicago");
            c.Exceptions.AddRange(Changes.Select(x => new ScheduleException { OccursOn = x.SeriesDate, MovedTo = x.MovedTo }));
        });
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        await CommunityData.MemberAsync(factory, district, communityId, coach, MemberRole.Facilitator);
        return (district, communityId, coach);
    }

    private static async Task<string> CreateFeedAsync(BrowserlessClient client, Guid communityId)
    {
        var response = await client.PostFormAsync($"/Communities/Schedule/{communityId}?handler=Feed", new Dictionary<string, string>());
        return FeedUrl(await response.Content.ReadAsStringAsync());
    }

    private static string FeedUrl(string page)
    {
        var match = FeedPattern().Match(page);
        Assert.True(match.Success, "No calendar address on the page");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s<""]+/calendar/[0-9a-f]{72}\.ics")]
    private static partial Regex FeedPattern();
}
