using Beacon.Web.Features.Staff;
using Beacon.Web.Features.Staffing;

namespace Beacon.Tests.Features.Staffing;

public class IncentiveEligibilityTests
{
    private static readonly IncentiveRule HighPovertyBonus = new()
    {
        Name = "Bonus",
        Kind = IncentiveKind.HighlyEffectiveInHighPoverty,
        MinimumPovertyPercent = 75,
        AmountPerYear = 5000,
    };

    private static TeacherAssignment Teacher(Guid id, double poverty, EffectivenessRating rating, double fte = 1, int? quartile = null, string? subject = null) =>
        new(id, $"Teacher {id.ToString()[..4]}", $"School {poverty}", poverty, quartile, rating, subject, fte);

    [Fact]
    public void Simulate_HighPovertyBonus_PaysOnlyHighlyEffectiveAtOrAboveThreshold()
    {
        var atThreshold = Guid.NewGuid();
        var result = IncentiveEligibility.Simulate(HighPovertyBonus,
        [
            Teacher(atThreshold, 75, EffectivenessRating.HighlyEffective),
            Teacher(Guid.NewGuid(), 74.9, EffectivenessRating.HighlyEffective),
            Teacher(Guid.NewGuid(), 90, EffectivenessRating.Effective),
        ]);

        Assert.Equal(atThreshold, Assert.Single(result.Eligible).StaffMemberId);
        Assert.Equal(5000m, result.TotalCost);
    }

    [Fact]
    public void Simulate_TeacherSplitAcrossSchools_PaidForQualifyingFteOnceAtMost()
    {
        var split = Guid.NewGuid();
        var both = Guid.NewGuid();
        var result = IncentiveEligibility.Simulate(HighPovertyBonus,
        [
            Teacher(split, 80, EffectivenessRating.HighlyEffective, fte: 0.5),
            Teacher(split, 20, EffectivenessRating.HighlyEffective, fte: 0.5),
            Teacher(both, 80, EffectivenessRating.HighlyEffective, fte: 0.6),
            Teacher(both, 85, EffectivenessRating.HighlyEffective, fte: 0.6),
        ]);

        Assert.Equal(2500m, result.Eligible.Single(t => t.StaffMemberId == split).Amount);
        Assert.Equal(5000m, result.Eligible.Single(t => t.StaffMemberId == both).Amount);
        Assert.Equal(7500m, result.TotalCost);
    }

    [Fact]
    public void Qualifies_HardToStaffSubject_NeedsTopQuartileAndSameSubjectIgnoringCase()
    {
        var rule = new IncentiveRule { Name = "Maths", Kind = IncentiveKind.HardToStaffSubjectInTopQuartile, Subject = "Mathematics", AmountPerYear = 3000 };

        Assert.True(IncentiveEligibility.Qualifies(rule, Teacher(Guid.NewGuid(), 90, EffectivenessRating.Effective, quartile: 4, subject: " mathematics ")));
        Assert.False(IncentiveEligibility.Qualifies(rule, Teacher(Guid.NewGuid(), 60, EffectivenessRating.Effective, quartile: 3, subject: "Mathematics")));
        Assert.False(IncentiveEligibility.Qualifies(rule, Teacher(Guid.NewGuid(), 90, EffectivenessRating.Effective, quartile: 4, subject: "Art")));
    }
}
