using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;

namespace Beacon.Tests.Tenancy;

/// <summary>District B's mentoring records: a programme, its pool, a decision, a stored proposal, a pairing with a session, a milestone and a coaching cycle.</summary>
public static class DistrictBMentoring
{
    public static async Task<IReadOnlyDictionary<string, string>> AddAsync(BeaconDbContext db, School school, StaffMember staff, string marker)
    {
        var programme = new MentoringProgramme { Name = $"{marker} induction", FocusAreas = marker, Milestones = $"10: {marker}", StartsOn = new DateOnly(2025, 9, 1) };
        var pool = new MentorPoolEntry { ProgrammeId = programme.Id, StaffMemberId = staff.Id, Capacity = 1, Confirmed = true };
        var decision = new MatchDecision { ProgrammeId = programme.Id, MenteeId = staff.Id, MentorId = staff.Id, Kind = MatchDecisionKind.Forbidden };
        var pairing = new Pairing { Programme = programme, MenteeId = staff.Id, MentorId = staff.Id, SchoolId = school.Id, FitExplanation = marker, Goals = marker, StartedOn = programme.StartsOn };
        var session = new MentoringSession { Date = programme.StartsOn, Minutes = 30, Focus = marker, PrivateNotes = marker, PrivateNextSteps = marker };
        var milestone = new PairingMilestone { Name = marker, DueOn = programme.StartsOn.AddDays(10) };
        pairing.Sessions.Add(session);
        pairing.MilestoneList.Add(milestone);
        db.MentoringProgrammes.Add(programme);
        await db.SaveChangesAsync();
        pool.ProgrammeId = programme.Id;
        decision.ProgrammeId = programme.Id;
        // A real (empty) proposal: the page reads it whenever it shows the programme.
        var proposal = new MatchProposal { ProgrammeId = programme.Id, InputVersion = marker, Result = MatchProposal.Write(new MatchResult([], [], [])) };
        db.AddRange(pool, decision, proposal, pairing);
        // After the pairing is tracked, so that its id is set.
        var cycle = new Beacon.Web.Features.Mentoring.Coaching.CoachingCycle { PairingId = pairing.Id, Goal = marker, GoalSetOn = programme.StartsOn, PrivateNotes = marker };
        db.Add(cycle);
        await db.SaveChangesAsync();
        return new Dictionary<string, string>
        {
            ["MentoringProgramme"] = programme.Id.ToString(),
            ["MentorPoolEntry"] = pool.Id.ToString(),
            ["MatchDecision"] = decision.Id.ToString(),
            ["MatchProposal"] = proposal.Id.ToString(),
            ["Pairing"] = pairing.Id.ToString(),
            ["MentoringSession"] = session.Id.ToString(),
            ["PairingMilestone"] = milestone.Id.ToString(),
            ["CoachingCycle"] = cycle.Id.ToString(),
        };
    }
}
