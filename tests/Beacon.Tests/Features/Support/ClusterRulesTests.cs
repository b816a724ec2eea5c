using Beacon.Web.Features.Support;
using CsCheck;

namespace Beacon.Tests.Features.Support;

public class ClusterRulesTests
{
    [Fact]
    public void CheckExchangeDays_WithinAllowance_IsAllowed()
    {
        Assert.True(ClusterRules.CheckExchangeDays(allowed: 10, used: 7, requested: 3).Allowed);
    }

    [Fact]
    public void CheckExchangeDays_OverAllowance_SaysByHowMuch()
    {
        var check = ClusterRules.CheckExchangeDays(allowed: 10, used: 9, requested: 3);

        Assert.False(check.Allowed);
        Assert.Equal(2, check.Over);
        Assert.StartsWith("This visit needs 3 days but only 1 day is left of the 10 days allowed: it is 2 days over the allowance.", check.Message);
    }

    [Fact]
    public void CheckExchangeDays_AlreadyOverFromOlderVisits_CountsNothingLeft()
    {
        var check = ClusterRules.CheckExchangeDays(allowed: 4, used: 5, requested: 0.5m);

        Assert.Equal(1.5m, check.Over);
        Assert.Contains("only 0 days are left", check.Message);
    }

    [Fact]
    public void CheckExchangeDays_AnyNumbers_AllowedExactlyWhenTotalFitsAndOverIsTheExcess() =>
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 40], Gen.Int[1, 20]).Sample((allowed, used, requested) =>
        {
            var check = ClusterRules.CheckExchangeDays(allowed, used, requested);
            Assert.Equal(used + requested <= allowed, check.Allowed);
            Assert.Equal(check.Allowed ? 0 : used + requested - allowed, check.Over);
        });

    [Fact]
    public void CheckSpending_MoreThanTheFund_SaysByHowMuch()
    {
        var check = ClusterRules.CheckSpending(balance: 1_000m, amount: 1_250.50m);

        Assert.False(check.Allowed);
        Assert.Equal(250.50m, check.Over);
        Assert.Contains("1,000.00", check.Message);
        Assert.Contains("250.50 more", check.Message);
    }

    [Fact]
    public void Balance_ContributionsLessSpending()
    {
        ClusterFundEntry Entry(FundEntryKind kind, decimal amount) => new() { Kind = kind, Amount = amount, Description = "x", RecordedBy = "lee" };

        Assert.Equal(700m, ClusterRules.Balance([Entry(FundEntryKind.Contribution, 500), Entry(FundEntryKind.Contribution, 400), Entry(FundEntryKind.Spending, 200)]));
    }
}
