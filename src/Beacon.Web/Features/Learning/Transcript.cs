using System.Globalization;

namespace Beacon.Web.Features.Learning;

/// <summary>A session of an offering and how many of its minutes the person attended (0 when absent).</summary>
public sealed record AttendedSession(DateOnly On, int SessionMinutes, int AttendedMinutes);

/// <summary>What an offering awards of one credit type for full attendance.</summary>
public sealed record CreditOffer(Guid CreditTypeId, decimal Amount, bool RequiresFullAttendance);

/// <summary>One offering as the person took it: every session, with their minutes, and the credits offered.</summary>
public sealed record LearningRecord(Guid RegistrationId, string Title, IReadOnlyList<AttendedSession> Sessions, IReadOnlyList<CreditOffer> Credits);

/// <summary>A line of the transcript: an offering with at least one attended minute.</summary>
public sealed record TranscriptLine(Guid RegistrationId, string Title, DateOnly CompletedOn, int SchoolYear, int AttendedMinutes, int TotalMinutes, IReadOnlyDictionary<Guid, decimal> Credits);

/// <summary>Approved learning done elsewhere: its date and the credits the office accepted.</summary>
public sealed record ExternalRecord(Guid Id, string Title, string Provider, DateOnly CompletedOn, IReadOnlyDictionary<Guid, decimal> Credits);

public sealed record TranscriptResult(
    IReadOnlyList<TranscriptLine> Lines,
    IReadOnlyList<ExternalRecord> External,
    IReadOnlyDictionary<Guid, decimal> Totals,
    IReadOnlyDictionary<(int SchoolYear, Guid CreditTypeId), decimal> TotalsByYear);

/// <summary>
/// Credits from attendance: each credit type of an offering is earned in proportion to the minutes
/// attended (a session counts at most its own length), cut to hundredths; a type that requires full
/// attendance is earned whole or not at all. Totals are per type and per school year (July to June),
/// the year being that of the last session attended. Approved external learning adds its accepted
/// credits as they stand, in the school year it was completed.
/// </summary>
public static class TranscriptCalculator
{
    public static TranscriptResult Compute(IEnumerable<LearningRecord> records, IEnumerable<ExternalRecord>? external = null)
    {
        var lines = new List<TranscriptLine>();
        var totals = new Dictionary<Guid, decimal>();
        var byYear = new Dictionary<(int, Guid), decimal>();
        foreach (var record in records)
        {
            var attended = record.Sessions.Where(s => Counted(s) > 0).ToList();
            if (attended.Count == 0)
            {
                continue;
            }
            var total = record.Sessions.Sum(s => Math.Max(0, s.SessionMinutes));
            var minutes = record.Sessions.Sum(Counted);
            var completed = attended.Max(s => s.On);
            var year = SchoolYear(completed);
            var credits = new Dictionary<Guid, decimal>();
            foreach (var offer in record.Credits)
            {
                var earned = Earned(offer, minutes, total);
                credits[offer.CreditTypeId] = credits.GetValueOrDefault(offer.CreditTypeId) + earned;
                totals[offer.CreditTypeId] = totals.GetValueOrDefault(offer.CreditTypeId) + earned;
                byYear[(year, offer.CreditTypeId)] = byYear.GetValueOrDefault((year, offer.CreditTypeId)) + earned;
            }
            lines.Add(new TranscriptLine(record.RegistrationId, record.Title, completed, year, minutes, total, credits));
        }
        var outside = (external ?? []).ToList();
        foreach (var entry in outside)
        {
            var year = SchoolYear(entry.CompletedOn);
            foreach (var (type, amount) in entry.Credits.Where(c => c.Value > 0))
            {
                totals[type] = totals.GetValueOrDefault(type) + amount;
                byYear[(year, type)] = byYear.GetValueOrDefault((year, type)) + amount;
            }
        }
        return new TranscriptResult(lines.OrderByDescending(l => l.CompletedOn).ThenBy(l => l.Title, StringComparer.Ordinal).ToList(),
            outside.OrderByDescending(e => e.CompletedOn).ThenBy(e => e.Title, StringComparer.Ordinal).ToList(), totals, byYear);
    }

    public static decimal Earned(CreditOffer offer, int attendedMinutes, int totalMinutes)
    {
        if (totalMinutes <= 0 || attendedMinutes <= 0 || offer.Amount <= 0)
        {
            return 0m;
        }
        if (offer.RequiresFullAttendance)
        {
            return attendedMinutes >= totalMinutes ? offer.Amount : 0m;
        }
        return Math.Round(offer.Amount * attendedMinutes / totalMinutes, 2, MidpointRounding.ToZero);
    }

    /// <summary>The calendar year in which the school year (July to June) of <paramref name="on"/> starts.</summary>
    public static int SchoolYear(DateOnly on) => on.Month >= 7 ? on.Year : on.Year - 1;

    public static string SchoolYearName(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    private static int Counted(AttendedSession session) => Math.Clamp(session.AttendedMinutes, 0, Math.Max(0, session.SessionMinutes));
}
