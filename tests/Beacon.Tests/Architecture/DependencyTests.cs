using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Beacon.Tests.Architecture;

/// <summary>
/// Plumbing depends on no feature (see <see cref="PlumbingRule"/>), and the check is shown to catch a
/// reference planted in the real assembly, in a signature and in a method's code.
/// </summary>
public sealed class DependencyTests
{
    [Fact]
    public void Plumbing_CompiledAssembly_NamesNoFeatureTypeButRecords()
    {
        using var module = TypeReferences.ReadBeaconWeb();

        var violations = PlumbingRule.Violations(module);

        Assert.True(violations.Count == 0,
            "Plumbing names feature types; declare an interface in plumbing that the feature implements instead:\n"
            + string.Join("\n", violations));
    }

    [Fact]
    public void Plumbing_FeatureServiceFieldPlanted_IsReported()
    {
        using var module = TypeReferences.ReadBeaconWeb();
        var provisioner = Type(module, "Beacon.Web.Tenancy.DistrictProvisioner");
        var service = Type(module, "Beacon.Web.Features.Frameworks.ContentPackInstaller");
        provisioner.Fields.Add(new FieldDefinition("planted", FieldAttributes.Private, service));

        var violations = PlumbingRule.Violations(module);

        var planted = Assert.Single(violations);
        Assert.Equal("Beacon.Web.Tenancy.DistrictProvisioner", planted.From);
        Assert.Equal("Beacon.Web.Features.Frameworks.ContentPackInstaller", planted.To);
        Assert.Equal("field planted", planted.Where);
    }

    [Fact]
    public void Plumbing_FeatureCallPlantedInMethodBody_IsReported()
    {
        using var module = TypeReferences.ReadBeaconWeb();
        var startup = Type(module, "Beacon.Web.Data.DatabaseStartup");
        var rules = Type(module, "Beacon.Web.Features.Support.FlagWorkflow");
        var method = new MethodDefinition("Planted", MethodAttributes.Private | MethodAttributes.Static, module.TypeSystem.Void);
        var il = method.Body.GetILProcessor();
        il.Emit(OpCodes.Ldtoken, rules);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        startup.Methods.Add(method);

        var violations = PlumbingRule.Violations(module);

        var planted = Assert.Single(violations);
        Assert.Equal("Beacon.Web.Data.DatabaseStartup", planted.From);
        Assert.Equal("Beacon.Web.Features.Support.FlagWorkflow", planted.To);
    }

    [Fact]
    public void Plumbing_RecordOfTheModelPlanted_IsAllowed()
    {
        using var module = TypeReferences.ReadBeaconWeb();
        var provisioner = Type(module, "Beacon.Web.Tenancy.DistrictProvisioner");
        var school = Type(module, "Beacon.Web.Features.Schools.School");
        provisioner.Fields.Add(new FieldDefinition("planted", FieldAttributes.Private, school));

        Assert.Empty(PlumbingRule.Violations(module));
        Assert.Contains("Beacon.Web.Features.Schools.School", PlumbingRule.Records());
        Assert.DoesNotContain("Beacon.Web.Features.Frameworks.ContentPackInstaller", PlumbingRule.Records());
    }

    [Fact]
    public void Frameworks_CompiledAssembly_NameNoSelfAssessmentType()
    {
        using var module = TypeReferences.ReadBeaconWeb();

        var references = TypeReferences.From(module, t => TypeReferences.NamespaceOf(t) == "Beacon.Web.Features.Frameworks")
            .Where(r => r.To.StartsWith("Beacon.Web.Features.SelfAssessment.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.True(references.Count == 0,
            "Frameworks names self-assessment (self-assessment builds on frameworks, not the other way):\n" + string.Join("\n", references));
    }

    private static TypeDefinition Type(ModuleDefinition module, string fullName) =>
        module.GetType(fullName) ?? throw new InvalidOperationException($"{fullName} is not in Beacon.Web");
}
