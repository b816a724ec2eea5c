using Beacon.Web.Features.Learning;
using CsCheck;

namespace Beacon.Tests.Features.Learning;

public class TranscriptCalculatorTests
{
    private static readonly Guid Hours = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Ceus = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Graduate = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid[] Types = [Hours, Ceus, Graduate];

    private static readonly Gen<AttendedSession> SessionGen =
        Gen.Select(Gen.Int[0, 800], Gen.Int[0, 240], Gen.Int[-10, 260])
            .Select((day, length, attended) => new AttendedSession(new DateOnly(2024, 1, 1).AddDays(day), length, attended));

    private static readonly Gen<LearningRecord> RecordGen =
        Gen.Select(SessionGen.List[0, 5], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2000], Gen.Bool).List[0, 3])
            .Select((sessions, offers) => new LearningRecord(Guid.NewGuid(), "Offering", sessions,
                offers.Select(o => new CreditOffer(Types[o.Item1], o.Item2 / 100m, o.Item3 && Types[o.Item1] == Graduate)).ToList()));

    private static readonly Gen<ExternalRecord> ExternalGen =
        Gen.Select(Gen.Int[0, 800], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2000]).List[0, 3])
            .Select((day, claims) => new ExternalRecord(Guid.NewGuid(), "Elsewhere", "Provider", new DateOnly(2024, 1, 1).AddDays(day),
                claims.DistinctBy(c => c.Item1).ToDictionary(c => Types[c.Item1], c => c.Item2 / 100m)));

    /// <summary>
    /// Acceptance 2: the totals per credit type equal a recomputation from the raw attendance, done the
    /// slow way: attended minutes counted one minute at a time, each offering's share worked out alone,
    /// and each approved piece of learning elsewhere adding what it was approved for in its own school year.
    /// </summary>
    [Fact]
    public void Totals_RandomAttendanceAndExternalLearning_EqualRecomputationFromRawMinutes()
    {
        Gen.Select(RecordGen.List[0, 12], ExternalGen.List[0, 4]).Sample((records, external) =>
        {
            var result = TranscriptCalculator.Compute(records, external);

            var expected = new Dictionary<Guid, decimal>();
            var expectedByYear = new Dictionary<(int, Guid), decimal>();
            foreach (var record in records)
            {
                var attended = 0;
                var offered = 0;
                DateOnly? last = null;
                foreach (var session in record.Sessions)
                {
                    for (var minute = 0; minute < session.SessionMinutes; minute++)
                    {
                        offered++;
                        if (minute < session.AttendedMinutes)
                        {
                            attended++;
                            last = last is { } l && l > session.On ? l : session.On;
                        }
                    }
                }
                if (attended == 0)
                {
                    continue;
                }
                var year = last!.Value.Month >= 7 ? last.Value.Year : last.Value.Year - 1;
                foreach (var offer in record.Credits)
                {
                    var share = offer.RequiresFullAttendance
                        ? (attended == offered ? offer.Amount : 0m)
                        : decimal.Truncate(offer.Amount * attended / offered * 100m) / 100m;
                    expected[offer.CreditTypeId] = expected.GetValueOrDefault(offer.CreditTypeId) + share;
                    expectedByYear[(year, offer.CreditTypeId)] = expectedByYear.GetValueOrDefault((year, offer.CreditTypeId)) + share;
                }
            }

            foreach (var entry in external)
            {
                var year = entry.CompletedOn.Month >= 7 ? entry.CompletedOn.Year : entry.CompletedOn.Year - 1;
                foreach (var type in Types)
                {
                    var amount = entry.Credits.TryGetValue(type, out var claimed) ? claimed : 0m;
                    expected[type] = expected.GetValueOrDefault(type) + amount;
                    expectedByYear[(year, type)] = expectedByYear.GetValueOrDefault((year, type)) + amount;
                }
            }

            foreach (var type in Types)
            {
                Assert.Equal(expected.GetValueOrDefault(type), result.Totals.GetValueOrDefault(type));
                Assert.Equal(result.Totals.GetValueOrDefault(type), result.TotalsByYear.Where(t => t.Key.CreditTypeId == type).Sum(t => t.Value));
            }
            Assert.Equal(expectedByYear.Where(e => e.Value != 0).OrderBy(e => e.Key), result.TotalsByYear.Where(e => e.Value != 0).OrderBy(e => e.Key));
            Assert.Equal(records.Count(r => r.Sessions.Any(s => s.SessionMinutes > 0 && s.AttendedMinutes > 0)), result.Lines.Count);
            Assert.Equal(external.Count, result.External.Count);
        });
    }

    [Fact]
    public void Earned_PartialAttendance_IsProportionalAndCutToHundredths()
    {
        var offer = new CreditOffer(Hours, 6m, RequiresFullAttendance: false);

        Assert.Equal(5m, TranscriptCalculator.Earned(offer, 150, 180));
        Assert.Equal(1.98m, TranscriptCalculator.Earned(new CreditOffer(Hours, 2m, false), 179, 180));
        Assert.Equal(0m, TranscriptCalculator.Earned(offer, 0, 180));
    }

    [Fact]
    public void Earned_FullAttendanceTypeMissedAMinute_EarnsNothing()
    {
        var offer = new CreditOffer(Graduate, 1m, RequiresFullAttendance: true);

        Assert.Equal(0m, TranscriptCalculator.Earned(offer, 179, 180));
        Assert.Equal(1m, TranscriptCalculator.Earned(offer, 180, 180));
    }

    [Fact]
    public void SchoolYear_JuneAndJuly_FallInConsecutiveYears()
    {
        Assert.Equal(2025, TranscriptCalculator.SchoolYear(new DateOnly(2026, 6, 30)));
        Assert.Equal(2026, TranscriptCalculator.SchoolYear(new DateOnly(2026, 7, 1)));
        Assert.Equal("2026-27", TranscriptCalculator.SchoolYearName(2026));
    }
}
