using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// Publishing records the mailing only and returns; the inviting job then writes invitations and mails
/// set-based in batches, past the size of one batch, with the district, hashes and outbox batch EF would
/// have written; the survey's page follows the mailing as an aggregate from the moment of publishing;
/// the confirmation of a published survey leads back to the survey.
/// </summary>
[Trait("Category", "Database")]
public class PublishTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Publish_MoreStaffThanOneBatchHolds_ReturnsWithProgressThenJobInvitesAndQueuesEveryoneOnce()
    {
        var s = await SurveyScenario.CreateAsync(factory, birchTeachers: 1_193);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader, invite: false);
        var published = await leader.GetPageAsync($"/Surveys/Details/{id}");
        var invitedAtOnce = await factory.InScopeAsync(s.District.Id, (_, db) => db.SurveyInvitations.CountAsync(i => i.SurveyId == id));
        await SurveyScenario.InviteAsync(factory);
        var queued = await leader.GetPageAsync($"/Surveys/Details/{id}");
        var again = await leader.Http.GetAsync($"/Surveys/Publish/{id}");
        var (invitations, mailings, mails) = await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == id).ToListAsync();
            var mailings = await db.SurveyMailings.AsNoTracking().Where(m => m.SurveyId == id).ToListAsync();
            var batch = mailings.Select(m => (Guid?)m.Id).ToList();
            var mails = await db.OutboxMails.AsNoTracking().Where(m => batch.Contains(m.BatchId)).ToListAsync();
            return (invitations, mailings, mails);
        });
        await Mailbox.DeliverAsync(factory);
        var delivered = await leader.GetPageAsync($"/Surveys/Details/{id}");
        var link = await Mailbox.LastLinkAsync(factory, s.BirchTeachers[^1], "/Surveys/Take");
        using var visitor = BrowserlessClient.For(factory);
        var take = await visitor.GetPageAsync(link);

        // The publish itself wrote no invitation: the page says what is coming.
        Assert.Equal(0, invitedAtOnce);
        Assert.Contains("Mailed 0 of 1,200 invitations. 0 links are made so far; the rest are made and mailed in the background.", published);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1_200, invitations.Count);
        Assert.Equal(1_200, invitations.Select(i => i.StaffMemberId).Distinct().Count());
        Assert.All(invitations, i => Assert.Equal(s.District.Id, i.DistrictId));
        Assert.Equal(1_200, invitations.Select(i => i.TokenHash).Distinct().Count(h => h is { Length: 64 }));
        var mailing = Assert.Single(mailings);
        Assert.Equal((false, 1_200, 1_200, 1_200, false), (mailing.Reminder, mailing.Expected, mailing.Invited, mailing.Mails, mailing.Inviting));
        Assert.Equal(s.Everyone.Order(StringComparer.Ordinal), mails.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Equal((OutboxStatus.Queued, s.District.Id), (m.Status, m.DistrictId!.Value)));
        Assert.Contains("Mailed 0 of 1,200 invitations. The rest go out in the background", queued);
        Assert.Contains("All 1,200 invitations are mailed.", delivered);
        Assert.Contains("name=\"Answers[", take);
    }

    [Fact]
    public async Task Invite_SurveyClosedBeforeInvitingEnds_NobodyMoreIsInvited()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader, invite: false);
        var closed = await SurveyScenario.CloseAsync(leader, id);
        await SurveyScenario.InviteAsync(factory);
        var (invited, mailing) = await factory.InScopeAsync(s.District.Id, async (_, db) =>
            (await db.SurveyInvitations.CountAsync(i => i.SurveyId == id), await db.SurveyMailings.AsNoTracking().SingleAsync(m => m.SurveyId == id)));
        var page = await leader.GetPageAsync($"/Surveys/Details/{id}");

        Assert.Contains("Closed: no more answers are accepted.", closed);
        Assert.Equal((0, false), (invited, mailing.Inviting));
        Assert.Contains("No invitations were mailed: the survey closed before they went out.", page);
    }

    [Fact]
    public async Task Remind_AfterPublishing_PageStillShowsOnlyTheInvitations()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        await Mailbox.DeliverAsync(factory);
        await s.AnswerByLinkAsync(s.AlderTeachers[0], 4);

        var reminded = await SurveyScenario.RemindAsync(leader, id);
        await Mailbox.DeliverAsync(factory);
        var delivered = await leader.GetPageAsync($"/Surveys/Details/{id}");

        Assert.Contains("Reminders queued for 9 staff members", reminded);
        Assert.Contains("All 10 invitations are mailed.", reminded);
        Assert.Contains("All 10 invitations are mailed.", delivered);
        Assert.DoesNotContain("reminders", delivered);
    }
}

public class MailingProgressTests
{
    [Fact]
    public void Text_NobodyHasAnEmail_SaysStaffAnswerAfterSigningIn() =>
        Assert.Equal("No invitations were mailed: nobody invited has an email address. Staff answer after signing in.", new MailingProgress(0, 0, 0).Text);

    [Fact]
    public void Text_PartWayThrough_CountsMailedOfAll() =>
        Assert.Equal("Mailed 12,400 of 80,000 invitations. The rest go out in the background; reload to see more.", new MailingProgress(80_000, 67_600, 0).Text);

    [Fact]
    public void Text_SomeGivenUp_CountsThemApartFromTheMailed()
    {
        var progress = new MailingProgress(30, 0, 2);

        Assert.Equal("Mailed 28 of 30 invitations. 2 could not be delivered after every retry.", progress.Text);
        Assert.True(progress.Complete);
    }

    [Fact]
    public void Text_StillInviting_CountsWhatTheConfirmationNamed()
    {
        var progress = new MailingProgress(4_000, 2_500, 0, Inviting: true, Expected: 80_000);

        Assert.Equal("Mailed 1,500 of 80,000 invitations. 4,000 links are made so far; the rest are made and mailed in the background. Reload to see more.", progress.Text);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void Text_AllSent_SaysAllAreMailed() =>
        Assert.Equal("All 9,000 invitations are mailed.", new MailingProgress(9_000, 0, 0).Text);
}
