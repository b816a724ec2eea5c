using Beacon.Web.Features.Mentoring.Reports;
using CsCheck;

namespace Beacon.Tests.Features.Mentoring;

public class MentoringReportTests
{
    private static readonly Guid[] Schools = [.. Enumerable.Range(1, 4).Select(i => new Guid(i, 0, 0, new byte[8]))];
    private static readonly Guid[] People = [.. Enumerable.Range(1, 12).Select(i => new Guid(0, (short)i, 0, new byte[8]))];
    private static readonly ProgrammeFacts Induction = new(new Guid(9, 9, 9, new byte[8]), "Induction", 20, 2);
    private static readonly ProgrammeFacts Peer = new(new Guid(8, 8, 8, new byte[8]), "Peer", 0, 1);

    private static readonly Gen<PairingFacts> Pairing =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3], Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 3_000])
            .Select((p, s, mentee, mentor, minutes) => new PairingFacts(Guid.NewGuid(), p == 0 ? Induction.Id : Peer.Id, Schools[s], People[mentee], People[mentor], minutes));

    [Fact]
    public void HoursByProgramme_TwoPairings_SumsMinutesAgainstRequirementAndCountsThoseAtIt()
    {
        var pairings = new[]
        {
            new PairingFacts(Guid.NewGuid(), Induction.Id, Schools[0], People[0], People[5], 1_200),
            new PairingFacts(Guid.NewGuid(), Induction.Id, Schools[1], People[1], People[5], 300),
        };

        var row = Assert.Single(MentoringReport.HoursByProgramme([Induction, Peer], pairings));

        Assert.Equal(("Induction", 2, 1_500, 2_400, 1), (row.Programme, row.Pairings, row.Minutes, row.RequiredMinutes, row.OnTrack));
        Assert.Equal(1_500 / 2_400.0, row.Share);
    }

    [Fact]
    public void HoursBySchool_AnyPairings_AddUpToTheProgrammeTotals() =>
        Pairing.List[0, 30].Sample(pairings =>
        {
            var names = Schools.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => $"School {x.i}");
            var bySchool = MentoringReport.HoursBySchool([Induction, Peer], pairings, names);
            foreach (var programme in MentoringReport.HoursByProgramme([Induction, Peer], pairings))
            {
                var parts = bySchool.Where(r => r.Programme == programme.Programme).ToList();
                Assert.Equal(programme.Minutes, parts.Sum(r => r.Minutes));
                Assert.Equal(programme.Pairings, parts.Sum(r => r.Pairings));
                Assert.Equal(programme.OnTrack, parts.Sum(r => r.OnTrack));
            }
            Assert.Equal(pairings.Count, bySchool.Sum(r => r.Pairings));
        });

    [Fact]
    public void MentorLoad_ThreeMenteesOfCapacityTwo_IsOverAndListedFirst()
    {
        var pairings = new[] { 0, 1, 2 }.Select(i => new PairingFacts(Guid.NewGuid(), Induction.Id, Schools[0], People[i], People[5], 0))
            .Append(new PairingFacts(Guid.NewGuid(), Peer.Id, Schools[0], People[3], People[6], 0)).ToList();
        var capacity = new Dictionary<(Guid, Guid), int> { [(Peer.Id, People[6])] = 4 };
        var names = new Dictionary<Guid, string> { [People[5]] = "Zed", [People[6]] = "Abe" };

        var load = MentoringReport.MentorLoad([Induction, Peer], pairings, capacity, names);

        Assert.Equal([("Zed", 3, 2, true), ("Abe", 1, 4, false)], load.Select(l => (l.Mentor, l.Mentees, l.Capacity, l.Over)));
    }

    [Fact]
    public void Reach_AnyPairings_CountsEveryMenteeOnceInTheirSchoolsGroup() =>
        Pairing.List[0, 30].Sample(pairings =>
        {
            // Schools 0 and 1 are Q1, school 2 is Q4, school 3 has no quartile.
            string? Group(Guid school) => school == Schools[3] ? null : school == Schools[2] ? "Q4" : "Q1";
            var reach = MentoringReport.Reach([Induction, Peer], pairings, ["Q1", "Q2", "Q3", "Q4"], Group, "None");
            foreach (var row in reach)
            {
                var programme = row.Programme == Induction.Name ? Induction : Peer;
                var mine = pairings.Where(p => p.ProgrammeId == programme.Id).ToList();
                foreach (var cell in row.Cells)
                {
                    var inGroup = mine.Where(p => (Group(p.SchoolId) ?? "None") == cell.Group).ToList();
                    Assert.Equal(inGroup.Select(p => p.MenteeId).Distinct().Count(), cell.Mentees);
                    Assert.Equal(inGroup.Select(p => p.SchoolId).Distinct().Count(), cell.Schools);
                }
                Assert.Equal(pairings.Any(p => p.SchoolId == Schools[3]), row.Cells.Any(c => c.Group == "None"));
            }
            Assert.Equal(pairings.Select(p => p.ProgrammeId).Distinct().Count(), reach.Count);
        });

    [Fact]
    public void Retention_NewTeachersMentoredOrNot_ComparesThoseWhoStayed()
    {
        var first = People.Select((id, i) => new TeacherYear(id, Schools[0], i < 10 ? i % 2 : 8)).ToList();
        var mentored = People.Take(5).ToHashSet();
        var stayed = People.Where((_, i) => i is 0 or 1 or 2 or 6).ToHashSet();

        var groups = MentoredRetention.Compare(first, stayed, mentored, newUnderYears: 3, minimumGroup: 5);

        Assert.Equal([(MentoredRetention.Mentored, 5, 3, true), (MentoredRetention.Others, 5, 1, true)], groups.Select(g => (g.Group, g.Teachers, g.Stayed, g.Shown)));
        Assert.Equal(0.6, groups[0].Rate);
    }

    [Fact]
    public void Retention_AnyGroupSmallerThanTheMinimum_ShowsNoRate() =>
        Gen.Select(Gen.Int[0, 12].Array[12], Gen.Bool.Array[12], Gen.Bool.Array[12], Gen.Int[3, 8]).Sample((years, isMentored, hasStayed, minimum) =>
        {
            var first = People.Select((id, i) => new TeacherYear(id, Schools[0], years[i])).ToList();
            var groups = MentoredRetention.Compare(first, People.Where((_, i) => hasStayed[i]).ToHashSet(),
                People.Where((_, i) => isMentored[i]).ToHashSet(), 3, minimum);
            Assert.All(groups, g => Assert.Equal(g.Teachers >= minimum, g.Shown));
            Assert.All(groups.Where(g => !g.Shown), g => Assert.Equal((0, null), (g.Stayed, g.Rate)));
            Assert.Equal(years.Count(y => y < 3), groups.Sum(g => g.Teachers));
        });
}
