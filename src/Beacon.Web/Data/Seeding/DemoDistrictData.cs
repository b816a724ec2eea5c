using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data.Seeding;

/// <summary>
/// A deterministic demo district: about 40 schools with a realistic spread of poverty, about 1,500
/// staff whose experience and ratings lean the way they do in real districts (less experience where
/// poverty is higher), and three years of metrics. The same seed always gives the same district.
/// </summary>
public sealed record DemoDistrictData(
    List<School> Schools, List<StaffMember> Staff, List<SchoolYear> Years, List<Measure> Measures, List<SchoolMetric> Metrics)
{
    private static readonly string[] Places =
    [
        "Alder", "Birch Hill", "Cedar Park", "Dogwood", "Eastgate", "Fairview", "Glenwood", "Harbor", "Ironwood", "Juniper",
        "Kingsley", "Lakeside", "Maple Grove", "Northfield", "Oakridge", "Pinecrest", "Quarry Road", "Riverbend", "Southport", "Timberline",
        "Union", "Valley View", "Westwood", "Willow Creek", "Brookside", "Clearwater", "Deer Run", "Elm Street", "Foxhollow", "Granite",
        "Highland", "Indian Springs", "Jefferson", "Lincoln", "Meadowbrook", "Orchard", "Parkside", "Redwood", "Sunset", "Washington",
    ];

    private static readonly string[] GivenNames =
    [
        "Alex", "Maria", "James", "Aisha", "Wei", "Sofia", "Daniel", "Fatima", "Noah", "Emma", "Luis", "Grace", "Omar", "Hannah",
        "Kenji", "Priya", "Samuel", "Chloe", "Diego", "Amara", "Ethan", "Leila", "Jonah", "Mei", "Carlos", "Ruth", "Tariq", "Olivia",
    ];

    private static readonly string[] FamilyNames =
    [
        "Anderson", "Baker", "Chen", "Diaz", "Edwards", "Flores", "Garcia", "Haddad", "Ibrahim", "Johnson", "Kim", "Lopez", "Martin",
        "Nguyen", "Okafor", "Patel", "Quinn", "Rivera", "Smith", "Tanaka", "Usman", "Vasquez", "Williams", "Xu", "Young", "Zhang",
    ];

    public static DemoDistrictData Generate(int seed, int schoolCount = 40, int staffTarget = 1500)
    {
        var random = new Random(seed);
        var schools = new List<School>();
        for (var i = 0; i < schoolCount; i++)
        {
            var band = i switch
            {
                _ when i < schoolCount * 6 / 10 => GradeBand.Elementary,
                _ when i < schoolCount * 8 / 10 => GradeBand.Middle,
                _ when i < schoolCount - 1 => GradeBand.High,
                _ => GradeBand.K8,
            };
            var (minEnrollment, maxEnrollment) = band switch
            {
                GradeBand.Elementary => (250, 650),
                GradeBand.Middle => (500, 1000),
                GradeBand.High => (900, 2200),
                _ => (400, 800),
            };
            var poverty = Math.Round(8 + 84 * Math.Pow(random.NextDouble(), 0.9), 1);
            var place = Places[i % Places.Length];
            schools.Add(new School
            {
                Id = Guid.CreateVersion7(),
                SourceId = $"RUSD-{100 + i}",
                Name = $"{place} {Suffix(band)}",
                StateCode = $"06-{4100 + i}",
                LocalCode = $"{100 + i}",
                GradeBand = band,
                Address = $"{random.Next(10, 9900)} {place} Avenue, Riverside",
                Enrollment = random.Next(minEnrollment, maxEnrollment),
                PovertyPercent = poverty,
                EnglishLearnerPercent = Math.Round(Math.Clamp(poverty * 0.35 + random.NextDouble() * 12 - 4, 0, 70), 1),
                DisabilityPercent = Math.Round(9 + random.NextDouble() * 8, 1),
            });
        }

        var totalEnrollment = schools.Sum(s => s.Enrollment!.Value);
        var staff = new List<StaffMember>();
        var number = 1000;
        foreach (var school in schools)
        {
            var headcount = Math.Max(8, (int)Math.Round(staffTarget * (double)school.Enrollment!.Value / totalEnrollment));
            for (var k = 0; k < headcount; k++)
            {
                var member = NewStaff(random, school, k, number++);
                staff.Add(member);
            }
        }

        var years = new List<SchoolYear>();
        for (var y = 2023; y <= 2025; y++)
        {
            years.Add(new SchoolYear { Id = Guid.CreateVersion7(), Name = $"{y}-{(y + 1) % 100:00}", StartsOn = new DateOnly(y, 8, 15), EndsOn = new DateOnly(y + 1, 6, 15) });
        }

        var measures = new List<Measure>
        {
            new() { Id = Guid.CreateVersion7(), Code = "reading_proficiency", Name = "Reading proficiency (%)" },
            new() { Id = Guid.CreateVersion7(), Code = "math_proficiency", Name = "Mathematics proficiency (%)" },
            new() { Id = Guid.CreateVersion7(), Code = "attendance_rate", Name = "Attendance rate (%)" },
        };
        return new DemoDistrictData(schools, staff, years, measures, []);
    }

    /// <summary>Saves the demo data, adding per-year metrics against the district's built-in measures.</summary>
    public static async Task SaveAsync(BeaconDbContext db, DemoDistrictData data, CancellationToken cancellationToken)
    {
        var builtIn = await db.Measures.ToDictionaryAsync(m => m.Code, cancellationToken);
        var random = new Random(7);
        foreach (var (school, index) in data.Schools.Select((s, i) => (s, i)))
        {
            var poverty = school.PovertyPercent!.Value;
            foreach (var (year, y) in data.Years.Select((year, y) => (year, y)))
            {
                var drift = (y - 2) * (index % 3 - 1) * 1.5;
                Add(builtIn[Measure.EnrollmentCode], school, year, Math.Round(school.Enrollment!.Value * (0.94 + 0.03 * y)));
                Add(builtIn[Measure.PovertyCode], school, year, Math.Round(Math.Clamp(poverty + (y - 2) * 0.8, 0, 100), 1));
                Add(data.Measures[0], school, year, Math.Round(Math.Clamp(82 - poverty * 0.55 + drift + random.NextDouble() * 8, 5, 98), 1));
                Add(data.Measures[1], school, year, Math.Round(Math.Clamp(78 - poverty * 0.6 + drift + random.NextDouble() * 8, 5, 98), 1));
                Add(data.Measures[2], school, year, Math.Round(Math.Clamp(97 - poverty * 0.08 + random.NextDouble() * 2, 80, 99.5), 1));
            }
        }
        db.Schools.AddRange(data.Schools);
        db.StaffMembers.AddRange(data.Staff);
        db.SchoolYears.AddRange(data.Years);
        db.Measures.AddRange(data.Measures);
        db.SchoolMetrics.AddRange(data.Metrics);
        db.StaffYearRecords.AddRange(DemoStaffingHistory.Generate(data, seed: 11));
        await db.SaveChangesAsync(cancellationToken);

        void Add(Measure measure, School school, SchoolYear year, double value) =>
            data.Metrics.Add(new SchoolMetric { SchoolId = school.Id, SchoolYearId = year.Id, MeasureId = measure.Id, Value = value });
    }

    private static StaffMember NewStaff(Random random, School school, int indexInSchool, int number)
    {
        var role = indexInSchool switch
        {
            0 => StaffRole.Administrator,
            1 when school.Enrollment > 700 => StaffRole.Administrator,
            2 => StaffRole.Counselor,
            3 when school.PovertyPercent > 50 => StaffRole.Coach,
            _ when indexInSchool % 11 == 5 => StaffRole.Specialist,
            _ when indexInSchool % 13 == 7 => StaffRole.Aide,
            _ => StaffRole.Teacher,
        };
        var poverty = school.PovertyPercent!.Value / 100.0;
        // Higher-poverty schools have more novices: the inequity the equity report exists to show.
        var novice = random.NextDouble() < 0.08 + 0.25 * poverty;
        var experience = novice ? random.Next(0, 3) : random.Next(3, 31);
        var ratingRoll = random.NextDouble() + (experience >= 5 ? 0.1 : -0.1) - poverty * 0.15;
        EffectivenessRating? rating = role == StaffRole.Aide ? null : ratingRoll switch
        {
            < 0.06 => EffectivenessRating.Ineffective,
            < 0.22 => EffectivenessRating.Developing,
            < 0.78 => EffectivenessRating.Effective,
            _ => EffectivenessRating.HighlyEffective,
        };
        var certificationRoll = random.NextDouble();
        var given = GivenNames[random.Next(GivenNames.Length)];
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var member = new StaffMember
        {
            Id = Guid.CreateVersion7(),
            SourceId = $"T{number}",
            StaffNumber = $"E{number}",
            GivenName = given,
            FamilyName = family,
            Email = $"{given}.{family}.{number}@riverside.example".ToLowerInvariant(),
            Role = role,
            YearsOfExperience = experience,
            Certification = certificationRoll < 0.04 + 0.1 * poverty ? CertificationStatus.Uncertified
                : certificationRoll < 0.1 + 0.15 * poverty ? CertificationStatus.Provisional
                : CertificationStatus.Certified,
            Effectiveness = rating,
        };
        member.Assignments.Add(new StaffAssignment { SchoolId = school.Id, Fte = role == StaffRole.Aide && random.NextDouble() < 0.4 ? 0.5 : 1.0 });
        return member;
    }

    private static string Suffix(GradeBand band) => band switch
    {
        GradeBand.Elementary => "Elementary School",
        GradeBand.Middle => "Middle School",
        GradeBand.High => "High School",
        _ => "K-8 Academy",
    };
}
