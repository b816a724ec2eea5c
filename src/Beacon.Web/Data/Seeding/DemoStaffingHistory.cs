using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;

namespace Beacon.Web.Data.Seeding;

/// <summary>
/// Recorded staffing for the demo district's three years, worked backwards from today's staff:
/// each earlier year lacks that year's new hires and has the teachers who left since, and more of
/// them left high-poverty schools, highly effective ones most of all, as happens in real districts.
/// </summary>
public static class DemoStaffingHistory
{
    public static List<StaffYearRecord> Generate(DemoDistrictData data, int seed)
    {
        var random = new Random(seed);
        var years = data.Years.OrderBy(y => y.StartsOn).ToList();
        var poverty = data.Schools.ToDictionary(s => s.Id, s => s.PovertyPercent!.Value / 100);
        var records = new List<StaffYearRecord>();

        var present = data.Staff.SelectMany(s => s.Assignments.Select(a => Record(s.Id, a.SchoolId, s.Role, s.YearsOfExperience, s.Certification, s.Effectiveness, a.Fte))).ToList();
        for (var y = years.Count - 1; y >= 0; y--)
        {
            var year = years[y];
            records.AddRange(present.Select(r => Copy(r, year)));
            // The year before: this year's novices were not yet hired, and some who left had been there.
            present = present
                .Where(r => r.YearsOfExperience is not 0)
                .Select(r => Copy(r, year, experience: r.YearsOfExperience - 1))
                .ToList();
            foreach (var school in data.Schools)
            {
                var p = poverty[school.Id];
                var leavers = (int)Math.Round(2 + 6 * p + random.NextDouble() * 2);
                for (var i = 0; i < leavers; i++)
                {
                    var rating = random.NextDouble() switch
                    {
                        var r when r < 0.15 + 0.25 * p => EffectivenessRating.HighlyEffective,
                        var r when r < 0.35 + 0.25 * p => EffectivenessRating.Ineffective,
                        var r when r < 0.55 + 0.2 * p => EffectivenessRating.Developing,
                        _ => EffectivenessRating.Effective,
                    };
                    present.Add(Record(Guid.CreateVersion7(), school.Id, StaffRole.Teacher, random.Next(0, 20),
                        random.NextDouble() < 0.1 * p ? CertificationStatus.Uncertified : CertificationStatus.Certified, rating, 1.0));
                }
            }
        }
        return records;
    }

    private static StaffYearRecord Record(Guid staffId, Guid schoolId, StaffRole role, int? years, CertificationStatus certification, EffectivenessRating? rating, double fte) =>
        new() { StaffMemberId = staffId, SchoolId = schoolId, Role = role, YearsOfExperience = years, Certification = certification, Effectiveness = rating, Fte = fte };

    private static StaffYearRecord Copy(StaffYearRecord r, SchoolYear year, int? experience = null) =>
        new()
        {
            SchoolYearId = year.Id,
            StaffMemberId = r.StaffMemberId,
            SchoolId = r.SchoolId,
            Role = r.Role,
            YearsOfExperience = experience ?? r.YearsOfExperience,
            Certification = r.Certification,
            Effectiveness = r.Effectiveness,
            Fte = r.Fte,
        };
}
