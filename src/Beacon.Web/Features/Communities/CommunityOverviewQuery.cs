using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

public sealed record SchoolCommunities(string School, int Communities);

public sealed record CommunityFigures(
    Guid Id, string Name, int MeetingsScheduled, int MeetingsHeld, int AttendanceRecorded, int Present, bool HasFacilitator, bool MetInLast60Days);

public sealed record TechniqueAdoption(string Technique, int Adopted, int Embedded);

/// <summary>What leaders see of learning communities: counts and rates only, never a person's plan or check-in.</summary>
public sealed record CommunityOverview(
    IReadOnlyList<SchoolCommunities> PerSchool, IReadOnlyList<CommunityFigures> Communities, IReadOnlyList<TechniqueAdoption> Techniques)
{
    public const int WindowDays = 365;
    public const int QuietDays = 60;

    public int MeetingsScheduled => Communities.Sum(c => c.MeetingsScheduled);
    public int MeetingsHeld => Communities.Sum(c => c.MeetingsHeld);
    public int AttendanceRecorded => Communities.Sum(c => c.AttendanceRecorded);
    public int Present => Communities.Sum(c => c.Present);
    public double? MeetingRate => MeetingsScheduled == 0 ? null : (double)MeetingsHeld / MeetingsScheduled;
    public double? AttendanceRate => AttendanceRecorded == 0 ? null : (double)Present / AttendanceRecorded;
    public IEnumerable<CommunityFigures> WithoutFacilitator => Communities.Where(c => !c.HasFacilitator);
    public IEnumerable<CommunityFigures> Quiet => Communities.Where(c => !c.MetInLast60Days);
}

/// <summary>
/// Computes <see cref="CommunityOverview"/> over the last <see cref="CommunityOverview.WindowDays"/> days
/// with grouped counts in the database; only the schedules are expanded in memory.
/// </summary>
public sealed class CommunityOverviewQuery(BeaconDbContext db, TimeProvider clock)
{
    public async Task<CommunityOverview> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-CommunityOverview.WindowDays);
        var quietSince = now.AddDays(-CommunityOverview.QuietDays);

        var communities = (await db.Communities.AsNoTracking().Include(c => c.Exceptions).Include(c => c.School)
                .ToListAsync(cancellationToken))
            .Select(c => new { c.Id, c.Name, School = c.School?.Name, Community = c })
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var facilitated = await db.CommunityMembers.Where(m => m.Role == MemberRole.Facilitator)
            .Select(m => m.CommunityId).Distinct().ToListAsync(cancellationToken);
        var held = await db.Meetings.Where(m => m.StartsAt >= since && m.StartsAt <= now)
            .GroupBy(m => m.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var recent = await db.Meetings.Where(m => m.StartsAt >= quietSince && m.StartsAt <= now)
            .Select(m => m.CommunityId).Distinct().ToListAsync(cancellationToken);
        var attendance = await db.MeetingAttendance
            .Join(db.Meetings.Where(m => m.StartsAt >= since && m.StartsAt <= now), a => a.MeetingId, m => m.Id, (a, m) => new { m.CommunityId, a.Present })
            .GroupBy(x => x.CommunityId)
            .Select(g => new { g.Key, Recorded = g.Count(), Present = g.Count(x => x.Present) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var techniques = await db.ActionPlanItems.GroupBy(i => i.TechniqueName)
            .Select(g => new { Name = g.Key, Adopted = g.Count(), Embedded = g.Count(i => i.Status == TechniqueStatus.Embedded) })
            .ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var figures = communities.Select(c =>
        {
            var scheduled = c.Community.Rule is { } rule
                ? MeetingRecurrence.Between(rule, DateOnly.FromDateTime(since.UtcDateTime), today,
                    c.Community.Exceptions.Select(e => new OccurrenceChange(e.OccursOn, e.MovedTo))).Count
                : 0;
            var a = attendance.GetValueOrDefault(c.Id);
            return new CommunityFigures(c.Id, c.Name, scheduled, held.GetValueOrDefault(c.Id), a?.Recorded ?? 0, a?.Present ?? 0,
                facilitated.Contains(c.Id), recent.Contains(c.Id));
        }).ToList();
        var perSchool = communities.GroupBy(c => c.School ?? "District-wide or network")
            .Select(g => new SchoolCommunities(g.Key, g.Count())).OrderBy(s => s.School, StringComparer.Ordinal).ToList();
        return new CommunityOverview(perSchool, figures,
            techniques.OrderByDescending(t => t.Adopted).ThenBy(t => t.Name, StringComparer.Ordinal).Take(10)
                .Select(t => new TechniqueAdoption(t.Name, t.Adopted, t.Embedded)).ToList());
    }
}
