using Beacon.Web.Features.Support;
using CsCheck;

namespace Beacon.Tests.Features.Support;

public class PaymentReleaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static (Milestone, Instalment) Pair(decimal amount)
    {
        var milestone = new Milestone { Id = Guid.NewGuid(), Title = "Term 1", Target = "Reading +3" };
        return (milestone, new Instalment { MilestoneId = milestone.Id, Amount = amount });
    }

    [Fact]
    public void Record_TermsMet_ReleasesTheInstalment()
    {
        var (milestone, instalment) = Pair(25_000m);

        Assert.Null(PaymentRelease.Record(milestone, instalment, termsMet: true, null, "lee", Now));

        Assert.Equal(MilestoneStatus.Met, milestone.Status);
        Assert.Equal(InstalmentStatus.Released, instalment.Status);
        Assert.Null(instalment.Reason);
    }

    [Fact]
    public void Record_TermsMissedWithReason_WithholdsAndKeepsTheReason()
    {
        var (milestone, instalment) = Pair(25_000m);

        Assert.Null(PaymentRelease.Record(milestone, instalment, termsMet: false, " Reading flat at 41% ", "lee", Now));

        Assert.Equal(InstalmentStatus.Withheld, instalment.Status);
        Assert.Equal("Reading flat at 41%", instalment.Reason);
    }

    [Fact]
    public void Record_TermsMissedWithoutReason_IsRefusedAndLeavesThePaymentScheduled()
    {
        var (milestone, instalment) = Pair(25_000m);

        Assert.NotNull(PaymentRelease.Record(milestone, instalment, termsMet: false, "", "lee", Now));

        Assert.Equal(InstalmentStatus.Scheduled, instalment.Status);
        Assert.Equal(MilestoneStatus.Pending, milestone.Status);
    }

    [Fact]
    public void Record_AlreadyDecided_CannotBeReversed()
    {
        var (milestone, instalment) = Pair(25_000m);
        PaymentRelease.Record(milestone, instalment, termsMet: false, "Missed", "lee", Now);

        Assert.NotNull(PaymentRelease.Record(milestone, instalment, termsMet: true, null, "lee", Now));

        Assert.Equal(InstalmentStatus.Withheld, instalment.Status);
        Assert.Equal("Missed", instalment.Reason);
    }

    [Fact]
    public void Ledger_AnyInstalments_PartsAddUpToTheContract() =>
        Gen.Select(Gen.Decimal[0m, 1_000_000m], Gen.Enum<InstalmentStatus>()).Array[0, 12].Sample(items =>
        {
            var instalments = items.Select(i => new Instalment { Amount = Math.Round(i.Item1, 2), Status = i.Item2 }).ToList();
            var ledger = PaymentLedger.Of(instalments);
            Assert.Equal(instalments.Sum(i => i.Amount), ledger.Contracted);
            Assert.Equal(ledger.Contracted, ledger.Released + ledger.Withheld + ledger.Scheduled);
            Assert.Equal(instalments.Where(i => i.Status == InstalmentStatus.Released).Sum(i => i.Amount), ledger.Released);
        });
}
