using Beacon.Web.Features.Frameworks;
using static Beacon.Tests.Features.Frameworks.FrameworkJsonSamples;

namespace Beacon.Tests.Features.Frameworks;

public class FrameworkVersioningTests
{
    private static FrameworkDocument Sample() => FrameworkJson.Read(Bytes(Valid())).Document!;

    [Fact]
    public void Decide_NothingChanged_None()
    {
        Assert.Equal(FrameworkChange.None, FrameworkVersioning.Decide(Sample(), Sample(), currentVersionInUse: true));
    }

    [Fact]
    public void Decide_OnlyNameChangedWhileInUse_DetailsOnlyWithoutNewVersion()
    {
        var edited = Sample();
        edited.Name = "Reading for every child";

        Assert.Equal(FrameworkChange.DetailsOnly, FrameworkVersioning.Decide(Sample(), edited, currentVersionInUse: true));
    }

    [Fact]
    public void Decide_IndicatorTextChangedWhileInUse_NewVersion()
    {
        var edited = Sample();
        edited.Domains[0].Indicators[0] = edited.Domains[0].Indicators[0] with { Text = "Every class reads twice a day." };

        Assert.Equal(FrameworkChange.NewVersion, FrameworkVersioning.Decide(Sample(), edited, currentVersionInUse: true));
    }

    [Fact]
    public void Decide_RubricLevelAddedWhileUnused_EditsCurrentVersion()
    {
        var edited = Sample();
        edited.Rubric.Add(new RubricLevelDocument(5, "Leading"));

        Assert.Equal(FrameworkChange.EditCurrentVersion, FrameworkVersioning.Decide(Sample(), edited, currentVersionInUse: false));
    }

    [Fact]
    public void Decide_IndicatorsReordered_CountsAsContentChange()
    {
        var edited = Sample();
        edited.Domains[0].Indicators.Reverse();

        Assert.Equal(FrameworkChange.NewVersion, FrameworkVersioning.Decide(Sample(), edited, currentVersionInUse: true));
    }
}
