using System.Globalization;

namespace Beacon.Web.Features.Support;

/// <summary>
/// Empowered management's payment rule: the district records whether a milestone's agreed terms were
/// met, and that decides its instalment. Met releases it; missed withholds it, and a withheld payment
/// must say why. Either decision is final, so the ledger never changes behind the school's back.
/// A milestone tied to a measure carries the imported evidence: deciding against it needs a reason.
/// </summary>
public static class PaymentRelease
{
    public static string? Record(Milestone milestone, Instalment? instalment, bool termsMet, string? reason, string by, DateTimeOffset at)
    {
        if (milestone.Status != MilestoneStatus.Pending)
        {
            return $"This milestone was already recorded as {(milestone.Status == MilestoneStatus.Met ? "met" : "missed")}; its payment decision stands.";
        }
        var overrides = MilestoneEvidence.IsOverride(milestone.Result, termsMet);
        if (overrides && string.IsNullOrWhiteSpace(reason))
        {
            return $"The imported figure says the target was {(milestone.Result == MilestoneResult.Met ? "met" : "not met")}: say why you decide otherwise, and the reason is kept with the decision.";
        }
        if (!termsMet && string.IsNullOrWhiteSpace(reason))
        {
            if (milestone.Result != MilestoneResult.NotMet)
            {
                return "Say why the terms were not met: the withheld payment keeps this reason.";
            }
            reason = string.Create(CultureInfo.InvariantCulture, $"The imported figure, {milestone.ResultValue:0.##}, did not reach the target of {milestone.TargetValue:0.##}.");
        }
        milestone.OverrideReason = overrides ? reason!.Trim() : null;
        milestone.Status = termsMet ? MilestoneStatus.Met : MilestoneStatus.Missed;
        milestone.Note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        milestone.RecordedAt = at;
        milestone.RecordedBy = by;
        if (instalment is not null)
        {
            instalment.Status = termsMet ? InstalmentStatus.Released : InstalmentStatus.Withheld;
            instalment.Reason = termsMet ? null : reason!.Trim();
            instalment.DecidedAt = at;
            instalment.DecidedBy = by;
        }
        return null;
    }
}

/// <summary>What a partnership's contract is worth and where each part of it stands.</summary>
public sealed record PaymentLedger(decimal Contracted, decimal Released, decimal Withheld, decimal Scheduled)
{
    public static PaymentLedger Of(IEnumerable<Instalment> instalments)
    {
        decimal released = 0, withheld = 0, scheduled = 0;
        foreach (var instalment in instalments)
        {
            switch (instalment.Status)
            {
                case InstalmentStatus.Released: released += instalment.Amount; break;
                case InstalmentStatus.Withheld: withheld += instalment.Amount; break;
                default: scheduled += instalment.Amount; break;
            }
        }
        return new PaymentLedger(released + withheld + scheduled, released, withheld, scheduled);
    }
}
