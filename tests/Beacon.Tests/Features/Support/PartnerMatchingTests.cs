using Beacon.Web.Features.Support;

namespace Beacon.Tests.Features.Support;

public class PartnerMatchingTests
{
    private static readonly Guid Reading = Guid.NewGuid();
    private static readonly Guid Maths = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [Reading] = "Reading", [Maths] = "Maths" };

    private static SchoolProfile School(string name, double reading, double maths) => new(Guid.NewGuid(), name, new Dictionary<Guid, MeasureValue>
    {
        [Reading] = new(Reading, reading, true),
        [Maths] = new(Maths, maths, true),
    });

    [Fact]
    public void Suggest_WeakInReading_RanksSchoolsStrongInReadingFirst()
    {
        var supported = School("Struggling", 30, 70);
        var readingStar = School("Reading star", 90, 40);
        var allRounder = School("All-rounder", 70, 80);
        var weakToo = School("Weak too", 35, 75);
        var middle = School("Middle", 50, 60);

        var suggestions = PartnerMatching.Suggest(supported, [supported, readingStar, allRounder, weakToo, middle], Names, new HashSet<Guid>());

        Assert.Equal(["Reading star", "All-rounder"], suggestions.Select(s => s.SchoolName));
        Assert.Equal(60, suggestions[0].Strength);
        Assert.Equal("Reading: 90.0 against 30.0", PartnerMatching.Describe(Assert.Single(suggestions[0].Strengths)));
    }

    [Fact]
    public void Suggest_TiedStrength_OrdersByName()
    {
        var supported = School("Struggling", 30, 30);
        var b = School("Beta", 80, 80);
        var a = School("Alpha", 80, 80);

        var suggestions = PartnerMatching.Suggest(supported, [supported, b, a, School("Mid", 50, 50)], Names, new HashSet<Guid>());

        Assert.Equal(["Alpha", "Beta"], suggestions.Select(s => s.SchoolName));
    }

    [Fact]
    public void Suggest_ExcludedSchool_IsNeverSuggested()
    {
        var supported = School("Struggling", 30, 30);
        var flagged = School("Flagged", 90, 90);

        var suggestions = PartnerMatching.Suggest(supported, [supported, flagged, School("Mid", 50, 50), School("Good", 70, 70)], Names, new HashSet<Guid> { flagged.SchoolId });

        Assert.Equal(["Good"], suggestions.Select(s => s.SchoolName));
    }

    [Fact]
    public void Suggest_CandidateMissingTheWeakMeasure_IsNotCountedOnIt()
    {
        var supported = School("Struggling", 30, 30);
        var noReading = new SchoolProfile(Guid.NewGuid(), "No reading data", new Dictionary<Guid, MeasureValue> { [Maths] = new(Maths, 95, true) });

        var suggestions = PartnerMatching.Suggest(supported, [supported, noReading, School("Mid", 50, 50), School("Good", 70, 40)], Names, new HashSet<Guid>());

        Assert.Equal("Maths", Assert.Single(suggestions.Single(s => s.SchoolName == "No reading data").Strengths).MeasureName);
    }
}
