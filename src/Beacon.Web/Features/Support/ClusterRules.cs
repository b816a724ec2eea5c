using System.Globalization;

namespace Beacon.Web.Features.Support;

/// <summary>The answer to "may this be recorded?": when not, the message says by how much it goes over.</summary>
public sealed record LimitCheck(bool Allowed, decimal Over, string? Message);

public static class ClusterRules
{
    /// <summary>Exchange days used so far plus the new visit may not exceed the cluster's allowance.</summary>
    public static LimitCheck CheckExchangeDays(decimal allowed, decimal used, decimal requested)
    {
        var over = used + requested - allowed;
        if (over <= 0)
        {
            return new LimitCheck(true, 0, null);
        }
        var left = Math.Max(0, allowed - used);
        return new LimitCheck(false, over,
            $"This visit needs {Days(requested)} but only {Days(left)} {(left == 1 ? "is" : "are")} left of the {Days(allowed)} allowed: it is {Days(over)} over the allowance. Shorten the visit or raise the allowance.");
    }

    /// <summary>Spending may not take the pooled fund below zero.</summary>
    public static LimitCheck CheckSpending(decimal balance, decimal amount)
    {
        var over = amount - Math.Max(0, balance);
        return over <= 0
            ? new LimitCheck(true, 0, null)
            : new LimitCheck(false, over,
                $"The pooled fund holds {Money(Math.Max(0, balance))}; this spending is {Money(over)} more than that. Record a contribution first or spend less.");
    }

    public static decimal Balance(IEnumerable<ClusterFundEntry> entries) =>
        entries.Sum(e => e.Kind == FundEntryKind.Contribution ? e.Amount : -e.Amount);

    public static string Days(decimal days) =>
        $"{days.ToString("0.##", CultureInfo.InvariantCulture)} {(days == 1 ? "day" : "days")}";

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
