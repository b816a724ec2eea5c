using Beacon.Web.Features.Frameworks;

namespace Beacon.Tests.Features.Frameworks;

public class ContentPackTests
{
    [Fact]
    public void Packs_Shipped_AreTheSixFromTheSeeds()
    {
        Assert.Equal(
            ["district-role", "international-benchmarking", "professional-learning-groups", "professional-learning-standards", "strong-districts", "tlc-principles"],
            ContentPacks.All.Select(p => p.Key));
    }

    [Fact]
    public void Packs_EveryIndicator_CitesItsSource()
    {
        var uncited = ContentPacks.All
            .SelectMany(p => p.Document.Indicators.Select(i => (p.Key, i.Code, i.Citation)))
            .Where(x => string.IsNullOrWhiteSpace(x.Citation) || !x.Citation.Contains("seed", StringComparison.OrdinalIgnoreCase) && !x.Citation.Contains("NCEE", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(uncited);
    }

    [Fact]
    public void Packs_StrongDistricts_HasTheNineCharacteristics()
    {
        var pack = ContentPacks.All.Single(p => p.Key == "strong-districts").Document;

        Assert.Equal(9, pack.Domains.Count);
    }

    [Fact]
    public void Packs_ProfessionalLearningStandards_SplitsLeadershipIntoItsThreeComponents()
    {
        var leadership = ContentPacks.All.Single(p => p.Key == "professional-learning-standards").Document.Domains.Single(d => d.Name == "Leadership");

        Assert.Equal(3, leadership.Indicators.Count);
        Assert.Contains(leadership.Indicators, i => i.Citation!.Contains("Develop capacity for learning and leading", StringComparison.Ordinal));
        Assert.Contains(leadership.Indicators, i => i.Citation!.Contains("Advocate for professional learning", StringComparison.Ordinal));
        Assert.Contains(leadership.Indicators, i => i.Citation!.Contains("Create support systems and structures", StringComparison.Ordinal));
    }

    [Fact]
    public void Packs_DistrictRole_CoversStaffingGrowthAndStrugglingSchools()
    {
        var pack = ContentPacks.All.Single(p => p.Key == "district-role").Document;

        Assert.Equal(["Staffing for equity", "Teachers' continuous growth and advancement", "Support for struggling schools"], pack.Domains.Select(d => d.Name));
    }
}
