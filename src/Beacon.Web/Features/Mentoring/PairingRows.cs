using Beacon.Web.Data;
using Beacon.Web.Features.Mentoring.Programmes;

namespace Beacon.Web.Features.Mentoring;

/// <summary>Pairings as lists show them: names, fit and the minutes logged, counted in the database.</summary>
public static class PairingRows
{
    public static IQueryable<PairingRow> ForProgramme(BeaconDbContext db, Guid programmeId) =>
        Rows(db, db.Pairings.Where(p => p.ProgrammeId == programmeId));

    public static IQueryable<PairingRow> Rows(BeaconDbContext db, IQueryable<Pairing> pairings) =>
        from p in pairings
        join mentee in db.StaffMembers on p.MenteeId equals mentee.Id
        join mentor in db.StaffMembers on p.MentorId equals mentor.Id
        orderby mentee.FamilyName, mentee.GivenName
        select new PairingRow(p.Id, mentee.GivenName + " " + mentee.FamilyName, mentor.GivenName + " " + mentor.FamilyName,
            p.FitPoints, p.Sessions.Sum(s => (int?)s.Minutes) ?? 0);
}
