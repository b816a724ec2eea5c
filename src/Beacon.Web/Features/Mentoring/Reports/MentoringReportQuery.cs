using Beacon.Web.Data;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;
using Beacon.Web.Features.Surveys.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring.Reports;

/// <summary>An open milestone past its due date, for the report's list.</summary>
public sealed record OverdueMilestone(Guid PairingId, string Mentee, string Mentor, string Programme, string School, string Milestone, DateOnly DueOn);

/// <summary>The two recorded years retention compares and the groups compared.</summary>
public sealed record RetentionView(string FirstYear, string NextYear, int NewUnderYears, int MinimumGroup, IReadOnlyList<RetentionGroup> Groups);

/// <summary>
/// Loads the mentoring report's facts for the whole district (<c>schools</c> null) or for a principal's schools.
/// Never reads a session's notes or next steps: only minutes.
/// </summary>
public sealed class MentoringReportQuery(BeaconDbContext db, EquityQuery equity, MatchingQuery matching)
{
    public Task<List<ProgrammeFacts>> ProgrammesAsync(CancellationToken cancellationToken) =>
        db.MentoringProgrammes.Select(p => new ProgrammeFacts(p.Id, p.Name, p.RequiredHours, p.DefaultCapacity)).ToListAsync(cancellationToken);

    public Task<List<PairingFacts>> PairingsAsync(IReadOnlyCollection<Guid>? schools, CancellationToken cancellationToken) =>
        db.Pairings.Where(p => schools == null || schools.Contains(p.SchoolId))
            .Select(p => new PairingFacts(p.Id, p.ProgrammeId, p.SchoolId, p.MenteeId, p.MentorId, p.Sessions.Sum(s => (int?)s.Minutes) ?? 0))
            .ToListAsync(cancellationToken);

    public Task<Dictionary<Guid, string>> SchoolNamesAsync(CancellationToken cancellationToken) =>
        db.Schools.ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        return await db.StaffMembers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, cancellationToken);
    }

    public async Task<Dictionary<(Guid ProgrammeId, Guid MentorId), int>> CapacitiesAsync(CancellationToken cancellationToken) =>
        (await db.MentorPoolEntries.Select(e => new { e.ProgrammeId, e.StaffMemberId, e.Capacity }).ToListAsync(cancellationToken))
            .DistinctBy(e => (e.ProgrammeId, e.StaffMemberId))
            .ToDictionary(e => (e.ProgrammeId, e.StaffMemberId), e => e.Capacity);

    public Task<int> OverdueCountAsync(IReadOnlyCollection<Guid>? schools, DateOnly today, CancellationToken cancellationToken) =>
        db.PairingMilestones.CountAsync(m => m.MetOn == null && m.DueOn < today
            && db.Pairings.Any(p => p.Id == m.PairingId && (schools == null || schools.Contains(p.SchoolId))), cancellationToken);

    public Task<List<OverdueMilestone>> OverdueAsync(IReadOnlyCollection<Guid>? schools, DateOnly today, CancellationToken cancellationToken) =>
        (from m in db.PairingMilestones
         where m.MetOn == null && m.DueOn < today
         join p in db.Pairings on m.PairingId equals p.Id
         where schools == null || schools.Contains(p.SchoolId)
         join mentee in db.StaffMembers on p.MenteeId equals mentee.Id
         join mentor in db.StaffMembers on p.MentorId equals mentor.Id
         join school in db.Schools on p.SchoolId equals school.Id
         orderby m.DueOn, mentee.FamilyName, mentee.GivenName
         select new OverdueMilestone(p.Id, mentee.GivenName + " " + mentee.FamilyName, mentor.GivenName + " " + mentor.FamilyName,
             p.Programme!.Name, school.Name, m.Name, m.DueOn))
        .Take(Limits.OverdueMilestonesListed).ToListAsync(cancellationToken);

    /// <summary>Each school's poverty quartile in the latest school year (none when fewer than four schools have a poverty share).</summary>
    public async Task<Dictionary<Guid, int>> QuartilesAsync(int newUnderYears, CancellationToken cancellationToken)
    {
        var latest = await db.SchoolYears.OrderByDescending(y => y.StartsOn).Select(y => (Guid?)y.Id).FirstOrDefaultAsync(cancellationToken);
        var schools = await equity.SchoolsAsync(latest, newUnderYears, cancellationToken);
        return EquityReport.PovertySplit(schools).Ranked.ToDictionary(r => r.SchoolId, r => r.Quartile);
    }

    public Task<Dictionary<Guid, int>> TiersAsync(CancellationToken cancellationToken) => matching.SupportTiersAsync(cancellationToken);

    /// <summary>Retention from the second-latest recorded year to the latest; null until two years' staffing is recorded.</summary>
    public async Task<RetentionView?> RetentionAsync(IReadOnlyCollection<Guid>? schools, CancellationToken cancellationToken)
    {
        var recorded = await db.SchoolYears.Where(y => db.StaffYearRecords.Any(r => r.SchoolYearId == y.Id))
            .OrderByDescending(y => y.StartsOn).Select(y => new { y.Id, y.Name }).Take(2).ToListAsync(cancellationToken);
        if (recorded.Count < 2)
        {
            return null;
        }
        var (next, first) = (recorded[0], recorded[1]);
        var district = await db.Districts.Select(d => new { d.InexperiencedUnderYears, d.SurveyMinimumRespondents }).FirstAsync(cancellationToken);
        var teachers = await db.StaffYearRecords
            .Where(r => r.SchoolYearId == first.Id && r.Role == StaffRole.Teacher && (schools == null || schools.Contains(r.SchoolId)))
            .Select(r => new TeacherYear(r.StaffMemberId, r.SchoolId, r.YearsOfExperience))
            .ToListAsync(cancellationToken);
        var ids = teachers.Select(t => t.StaffMemberId).Distinct().ToList();
        var stayed = (await db.StaffYearRecords.Where(r => r.SchoolYearId == next.Id && r.Role == StaffRole.Teacher && ids.Contains(r.StaffMemberId))
            .Select(r => r.StaffMemberId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var mentored = (await db.Pairings.Where(p => ids.Contains(p.MenteeId)).Select(p => p.MenteeId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var minimum = MinimumRespondents.Effective(district.SurveyMinimumRespondents);
        return new RetentionView(first.Name, next.Name, district.InexperiencedUnderYears, minimum,
            MentoredRetention.Compare(teachers, stayed, mentored, district.InexperiencedUnderYears, minimum));
    }

    public async Task<int> NewUnderYearsAsync(CancellationToken cancellationToken) =>
        await db.Districts.Select(d => d.InexperiencedUnderYears).FirstAsync(cancellationToken);
}
