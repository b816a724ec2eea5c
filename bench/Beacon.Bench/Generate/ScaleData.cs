using System.Globalization;

namespace Beacon.Bench.Generate;

/// <summary>
/// Invents a district's schools, staff and metrics from a <see cref="ScaleProfile"/>, the same every
/// time: each school and each person draws from a random generator seeded by the profile's seed and
/// its own number, so any slice of the staff can be built on its own. High-poverty schools get less
/// experienced, less often certified and more often out-of-field teachers, so the equity pages have
/// a gap to show.
/// </summary>
public sealed class ScaleData
{
    private static readonly string[] Places =
    [
        "Lincoln", "Washington", "Jefferson", "Roosevelt", "Franklin", "Madison", "Jackson", "Adams", "Monroe", "Kennedy",
        "Riverside", "Lakeview", "Hillcrest", "Oakwood", "Maple", "Cedar", "Pine", "Willow", "Sunset", "Highland",
        "Meadow", "Brookside", "Fairview", "Greenfield", "Parkside", "Valley", "Harbor", "Summit", "Bayview", "Crestwood",
        "Eastside", "Westside", "Northgate", "Southridge", "Mission", "Canyon", "Prairie", "Orchard", "Garfield", "Whitman",
    ];

    private static readonly string[] Streets =
    [
        "Main", "Oak", "Park", "Elm", "Lake", "Hill", "Church", "Spring", "Mill", "River", "Center", "Union", "School", "Forest", "Grove",
        "Ridge", "Bridge", "Market", "Station", "Garden", "Railroad", "Valley", "Prospect", "Broad", "College", "Chestnut", "Walnut", "Poplar",
        "Sycamore", "Laurel", "Holly", "Aspen", "Birch", "Dogwood", "Juniper", "Magnolia", "Redwood", "Spruce", "Hawthorn", "Linden",
        "Cherry", "Peach", "Apple", "Plum", "Quarry", "Harvest", "Meadowlark", "Bluebird", "Cardinal", "Heron",
    ];

    private static readonly string[] GivenNames =
    [
        "Maria", "James", "Aisha", "Wei", "Carlos", "Emily", "Daniel", "Sofia", "Michael", "Fatima", "David", "Grace", "Jose", "Hannah",
        "Kevin", "Olivia", "Luis", "Chloe", "Ahmed", "Emma", "Ryan", "Mei", "Andre", "Isabella", "Jamal", "Lily", "Samuel", "Priya",
        "Thomas", "Ana", "Brian", "Zoe", "Omar", "Rachel", "Victor", "Nora", "Ethan", "Leah", "Marcus", "Julia", "Diego", "Amara",
        "Patrick", "Yuki", "Nathan", "Elena", "Tyler", "Rosa", "Jordan", "Ingrid", "Malik", "Claire", "Hugo", "Naomi", "Sean", "Lucia",
    ];

    private static readonly string[] FamilyNames =
    [
        "Garcia", "Smith", "Nguyen", "Johnson", "Martinez", "Brown", "Lee", "Williams", "Hernandez", "Jones", "Kim", "Davis", "Lopez",
        "Miller", "Patel", "Wilson", "Gonzalez", "Moore", "Chen", "Taylor", "Rodriguez", "Anderson", "Wang", "Thomas", "Perez", "Jackson",
        "Singh", "White", "Sanchez", "Harris", "Ramirez", "Martin", "Torres", "Thompson", "Flores", "Clark", "Rivera", "Lewis", "Khan",
        "Walker", "Gomez", "Hall", "Diaz", "Allen", "Reyes", "Young", "Cruz", "King", "Morales", "Wright", "Ortiz", "Scott", "Gutierrez",
        "Green", "Chavez", "Baker", "Ali", "Adams", "Ruiz", "Nelson", "Alvarez", "Hill", "Castillo", "Campbell", "Romero", "Mitchell",
    ];

    private static readonly string[] ElementarySubjects = ["Elementary (all subjects)", "Elementary (all subjects)", "Elementary (all subjects)", "Mathematics", "English language arts", "Special education", "Arts", "Physical education"];
    private static readonly string[] SecondarySubjects = ["Mathematics", "English language arts", "Science", "Social studies", "World languages", "Arts", "Physical education", "Special education", "Career and technical education"];

    private readonly ScaleProfile _profile;
    private readonly double[] _cumulativeEnrollment;

    public ScaleData(ScaleProfile profile)
    {
        _profile = profile;
        Schools = Enumerable.Range(0, profile.Schools).Select(School).ToList();
        _cumulativeEnrollment = new double[Schools.Count];
        var sum = 0.0;
        for (var i = 0; i < Schools.Count; i++)
        {
            _cumulativeEnrollment[i] = sum += Schools[i].Enrollment;
        }
    }

    public IReadOnlyList<GeneratedSchool> Schools { get; }

    /// <summary>Staff members <paramref name="from"/> up to (not including) <paramref name="to"/>; the first of each school is its principal.</summary>
    public IEnumerable<GeneratedStaff> Staff(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            yield return Person(i);
        }
    }

    /// <summary>A school's figures in one of <see cref="ScaleProfile.Years"/>: drifting towards the latest, which the school record holds.</summary>
    public IReadOnlyList<(string Code, string Value)> Metrics(GeneratedSchool school, int schoolIndex, int yearIndex)
    {
        var random = Seeded(2, schoolIndex * 8 + yearIndex);
        var yearsBack = ScaleProfile.Years.Count - 1 - yearIndex;
        var poverty = Clamp(school.Poverty + yearsBack * random.Next(-2, 3), 1, 99);
        var enrollment = Math.Max(50, (int)(school.Enrollment * (1 - yearsBack * 0.01 * random.Next(-3, 4))));
        // Results fall with poverty, as they do in real districts, with noise so schools differ.
        var reading = Clamp(82 - 0.45 * poverty + random.Next(-8, 9) - yearsBack, 5, 98);
        var math = Clamp(reading - 6 + random.Next(-6, 7), 3, 98);
        var attendance = Clamp(96 - 0.06 * poverty + random.NextDouble() * 2 - 1, 80, 99.5);
        return
        [
            ("enrollment", Text(enrollment)),
            ("poverty_percent", Text(poverty)),
            ("english_learner_percent", Text(Clamp(school.EnglishLearners + yearsBack * random.Next(-1, 2), 0, 95))),
            ("disability_percent", Text(Clamp(school.Disability + yearsBack * random.Next(-1, 2), 2, 40))),
            ("attendance_percent", Text(attendance)),
            ("reading_proficiency_percent", Text(reading)),
            ("math_proficiency_percent", Text(math)),
        ];
    }

    public static readonly IReadOnlyList<string> MeasureCodes =
        ["enrollment", "poverty_percent", "english_learner_percent", "disability_percent", "attendance_percent", "reading_proficiency_percent", "math_proficiency_percent"];

    /// <summary>A value from 1 to 5 for one person's answer to one item: less agreement where poverty is high, some items harder than others.</summary>
    public static int Answer(Random random, double poverty, int item)
    {
        var mean = 3.9 - 0.012 * poverty + (item % 5 - 2) * 0.15;
        var value = (int)Math.Round(mean + (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 1.6);
        return Math.Clamp(value, 1, 5);
    }

    private GeneratedSchool School(int i)
    {
        var random = Seeded(1, i);
        var band = random.NextDouble() switch
        {
            < 0.60 => "Elementary",
            < 0.80 => "Middle",
            < 0.95 => "High",
            _ => "K8",
        };
        var enrollment = band switch
        {
            "Elementary" => random.Next(250, 701),
            "Middle" => random.Next(500, 1_101),
            "High" => random.Next(900, 2_401),
            _ => random.Next(400, 901),
        };
        // Skewed towards the middle, with a long tail of very high- and very low-poverty schools.
        var poverty = Clamp(Math.Round((random.NextDouble() + random.NextDouble() + random.NextDouble()) / 3 * 100 + random.Next(-10, 11), 1), 2, 98);
        var place = Places[i % Places.Length];
        var street = Streets[i / Places.Length % Streets.Length];
        var round = i / (Places.Length * Streets.Length);
        var kind = band == "K8" ? "K-8 School" : $"{band} School";
        var name = $"{place} {street} {kind}" + (round > 0 ? $" {round + 1}" : "");
        return new GeneratedSchool(
            $"SCH{i + 1:00000}", name, band, enrollment, poverty,
            Clamp(Math.Round(poverty * 0.35 + random.Next(0, 10), 1), 0, 95),
            Clamp(Math.Round(11 + random.NextDouble() * 8, 1), 2, 40));
    }

    private GeneratedStaff Person(int i)
    {
        var random = Seeded(3, i);
        var schoolIndex = i < Schools.Count ? i : PickSchool(random);
        var school = Schools[schoolIndex];
        var need = school.Poverty / 100;
        var role = i < Schools.Count ? "Administrator" : random.NextDouble() switch
        {
            < 0.72 => "Teacher",
            < 0.76 => "Counselor",
            < 0.84 => "Specialist",
            < 0.87 => "Coach",
            < 0.97 => "Aide",
            < 0.99 => "Administrator",
            _ => "Other",
        };
        var given = GivenNames[random.Next(GivenNames.Length)];
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        // Experience is roughly exponential, with a lower mean where poverty is high.
        var meanYears = 15 - 9 * need;
        var years = (int)Math.Min(40, Math.Floor(-meanYears * Math.Log(1 - random.NextDouble())));
        var certification = random.NextDouble() switch
        {
            var u when u < 0.02 + 0.10 * need => "Uncertified",
            var u when u < 0.07 + 0.18 * need => "Provisional",
            var u when u < 0.98 => "Certified",
            _ => "Unknown",
        };
        var novice = years < 3 ? 0.10 : 0;
        var effectiveness = random.NextDouble() switch
        {
            < 0.08 => "",
            var u when u < 0.11 + novice / 2 => "1",
            var u when u < 0.28 + novice * 2 => "2",
            var u when u < 0.80 => "3",
            _ => "4",
        };
        var schools = new List<string> { school.SourceId };
        var fte = "1";
        if (i >= Schools.Count && Schools.Count > 1 && random.NextDouble() < 0.03)
        {
            var second = Schools[(schoolIndex + 1 + random.Next(Schools.Count - 1)) % Schools.Count];
            schools.Add(second.SourceId);
            fte = "0.5;0.5";
        }
        var teacher = role == "Teacher";
        var subjects = school.GradeBand == "Elementary" ? ElementarySubjects : SecondarySubjects;
        return new GeneratedStaff(
            $"STF{i + 1:0000000}", $"E{100_000 + i}", given, family,
            $"{given}.{family}.{i + 1}@{_profile.Slug}.example".ToLowerInvariant(), role, years, certification, effectiveness,
            schools, fte, teacher ? subjects[random.Next(subjects.Length)] : "",
            teacher && random.NextDouble() < 0.03 + 0.12 * need);
    }

    private int PickSchool(Random random)
    {
        var at = random.NextDouble() * _cumulativeEnrollment[^1];
        var index = Array.BinarySearch(_cumulativeEnrollment, at);
        return Math.Min(Schools.Count - 1, index < 0 ? ~index : index);
    }

    /// <summary>
    /// A generator for one thing of one kind, independent of every other thing's draws. Not
    /// HashCode.Combine: that is seeded differently in every process.
    /// </summary>
    private Random Seeded(int kind, int number) => new(unchecked(((_profile.Seed * 397) ^ kind) * 1_000_003 + number));

    private static double Clamp(double value, double min, double max) => Math.Round(Math.Clamp(value, min, max), 1);

    private static string Text(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
