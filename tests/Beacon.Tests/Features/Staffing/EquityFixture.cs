using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Staffing;

/// <summary>
/// Four schools, one per poverty quartile, whose equity figures were worked out by hand:
/// Q1 (10% poverty, 400 pupils): teacher FTE 2.5, inexperienced 40%, ineffective 0%, uncertified 0%,
///    highly effective 60%, 160 pupils per teacher, 0.25 support staff per 100 pupils.
/// Q4 (90% poverty, 300 pupils): teacher FTE 4, inexperienced 50%, ineffective 50%, uncertified 25%,
///    highly effective 25%, 75 pupils per teacher, 0.50 support staff per 100 pupils.
/// Q4 also has one of its four teachers out of field (25%), Q1 none.
/// Gap Q4 − Q1: +10.0, +50.0, +25.0 and −35.0 points; +25.0 out of field.
/// </summary>
public static class EquityFixture
{
    public static async Task<Guid> CreateAsync(BeaconFactory factory, TestDistrict district) =>
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var year = new SchoolYear { Name = "2025-26", StartsOn = new(2025, 8, 1), EndsOn = new(2026, 6, 30) };
            var poverty = await db.Measures.SingleAsync(m => m.Code == Measure.PovertyCode);
            var enrollment = await db.Measures.SingleAsync(m => m.Code == Measure.EnrollmentCode);
            // The school record says 95%, but the year's imported figure (10%) is what counts.
            var q1 = School("Q1 Low Poverty", 95, 999);
            var q2 = School("Q2 School", 30, 500);
            var q3 = School("Q3 School", 60, 500);
            var q4 = School("Q4 High Poverty", 90, 300);
            db.AddRange(year, q1, q2, q3, q4);
            db.AddRange(
                new SchoolMetric { School = q1, SchoolYear = year, Measure = poverty, Value = 10 },
                new SchoolMetric { School = q1, SchoolYear = year, Measure = enrollment, Value = 400 },
                new SchoolMetric { School = q4, SchoolYear = year, Measure = poverty, Value = 90 });
            Staff(db, q1, StaffRole.Teacher, 10, EffectivenessRating.Effective, CertificationStatus.Certified, 1);
            Staff(db, q1, StaffRole.Teacher, 1, EffectivenessRating.HighlyEffective, CertificationStatus.Certified, 1);
            Staff(db, q1, StaffRole.Teacher, 5, EffectivenessRating.HighlyEffective, CertificationStatus.Certified, 0.5);
            Staff(db, q1, StaffRole.Counselor, 8, null, CertificationStatus.Certified, 1);
            Staff(db, q4, StaffRole.Teacher, 0, EffectivenessRating.Ineffective, CertificationStatus.Uncertified, 1);
            Staff(db, q4, StaffRole.Teacher, 2, EffectivenessRating.Effective, CertificationStatus.Provisional, 1, outOfField: true);
            Staff(db, q4, StaffRole.Teacher, 12, EffectivenessRating.HighlyEffective, CertificationStatus.Certified, 1);
            Staff(db, q4, StaffRole.Teacher, 4, EffectivenessRating.Ineffective, CertificationStatus.Certified, 1);
            Staff(db, q4, StaffRole.Aide, 3, null, CertificationStatus.Unknown, 0.5);
            Staff(db, q4, StaffRole.Coach, 15, EffectivenessRating.HighlyEffective, CertificationStatus.Certified, 1);
            Staff(db, q2, StaffRole.Teacher, 9, EffectivenessRating.Effective, CertificationStatus.Certified, 1);
            Staff(db, q3, StaffRole.Teacher, 9, EffectivenessRating.Effective, CertificationStatus.Certified, 1);
            await db.SaveChangesAsync();
            return year.Id;
        });

    private static School School(string name, double poverty, int enrollment) =>
        new() { SourceId = name, Name = name, PovertyPercent = poverty, Enrollment = enrollment };

    private static void Staff(Beacon.Web.Data.BeaconDbContext db, School school, StaffRole role, int years,
        EffectivenessRating? rating, CertificationStatus certification, double fte, bool outOfField = false)
    {
        var member = new StaffMember
        {
            SourceId = Guid.NewGuid().ToString("N"),
            GivenName = "Staff",
            FamilyName = school.Name,
            Role = role,
            YearsOfExperience = years,
            Effectiveness = rating,
            Certification = certification,
        };
        member.Assignments.Add(new StaffAssignment { School = school, Fte = fte, OutOfField = outOfField });
        db.StaffMembers.Add(member);
    }
}
