using System.Data.Common;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// The inviting job's batches are all or nothing: when a batch's commit fails (a crash with every row
/// written), none of its invitations, links or mails remain, the mailing's count stays at the whole
/// batches before it, and the next run invites and queues everyone left, each person once.
/// </summary>
[Trait("Category", "Database")]
public class SurveyInvitingTests(SurveyInvitingTests.FailingCommitFactory factory) : IClassFixture<SurveyInvitingTests.FailingCommitFactory>
{
    [Fact]
    public async Task Invite_SecondBatchCommitFails_NextRunInvitesAndQueuesEveryoneOnce()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader, invite: false);

        factory.Failing.FailCommit(number: 2);
        var crash = await Record.ExceptionAsync(() => SurveyScenario.InviteAsync(factory));
        var atCrash = await StateAsync(s, id);
        var crashedPage = await leader.GetPageAsync($"/Surveys/Details/{id}");
        await SurveyScenario.InviteAsync(factory);
        var after = await StateAsync(s, id);

        Assert.IsType<SimulatedCommitFailure>(crash);
        Assert.Equal((4, 4, 4, 4, true), (atCrash.Invitations, atCrash.Mails, atCrash.Mailing.Invited, atCrash.Mailing.Mails, atCrash.Mailing.Inviting));
        Assert.Contains("Mailed 0 of 10 invitations. 4 links are made so far", crashedPage);
        Assert.Equal((10, 10, 10, 10, false), (after.Invitations, after.Mails, after.Mailing.Invited, after.Mailing.Mails, after.Mailing.Inviting));
        Assert.Equal(10, after.People);
        Assert.Equal(s.Everyone.Order(StringComparer.Ordinal), after.Addresses.Order(StringComparer.Ordinal));
    }

    private sealed record State(int Invitations, int People, int Mails, List<string> Addresses, SurveyMailing Mailing);

    private Task<State> StateAsync(SurveyScenario s, Guid id) =>
        factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var mailing = await db.SurveyMailings.AsNoTracking().SingleAsync(m => m.SurveyId == id);
            var invitations = await db.SurveyInvitations.Where(i => i.SurveyId == id).Select(i => i.StaffMemberId).ToListAsync();
            var addresses = await db.OutboxMails.Where(m => m.BatchId == mailing.Id).Select(m => m.ToAddress).ToListAsync();
            return new State(invitations.Count, invitations.Distinct().Count(), addresses.Count, addresses, mailing);
        });

    /// <summary>Beacon inviting four staff a batch, whose n-th commit from the moment it is armed fails.</summary>
    public sealed class FailingCommitFactory : BeaconFactory
    {
        public CommitFailure Failing { get; } = new();

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Beacon:Surveys:Inviting:BatchSize"] = "4" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteBeaconDbContext>((_, options) => options.AddInterceptors(Failing));
                services.ConfigureDbContext<PostgresBeaconDbContext>((_, options) => options.AddInterceptors(Failing));
            });
        }
    }

    public sealed class SimulatedCommitFailure() : Exception("Simulated crash at the commit");

    public sealed class CommitFailure : DbTransactionInterceptor
    {
        private int _countdown;

        /// <summary>Lets <paramref name="number"/> − 1 commits through, fails the next, then lets all through again.</summary>
        public void FailCommit(int number) => Interlocked.Exchange(ref _countdown, number);

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Interlocked.Decrement(ref _countdown) == 0 ? throw new SimulatedCommitFailure() : ValueTask.FromResult(result);
    }
}
