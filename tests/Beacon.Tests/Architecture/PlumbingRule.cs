using System.Collections;
using System.Reflection;
using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;
using Mono.Cecil;

namespace Beacon.Tests.Architecture;

/// <summary>
/// Plumbing (the folders every feature stands on) names no feature, except a feature's records: the
/// entity types <see cref="BeaconDbContext"/> holds and the types their properties carry (enums, owned
/// values, navigations). Beacon keeps one model whose entities live beside their features, so the
/// model's configuration, the demo seed and the imports write those records; everything else a feature
/// holds (its services, pages, rules and queries) is out of plumbing's reach. Where plumbing needs a
/// feature to act, it declares an interface the feature implements (<c>INewDistrictContent</c>,
/// <c>IStartupWork</c>). See docs/architecture.md.
/// </summary>
public static class PlumbingRule
{
    public const string FeaturesNamespace = "Beacon.Web.Features";

    public static readonly IReadOnlyList<string> PlumbingNamespaces =
    [
        "Beacon.Web.Data", "Beacon.Web.Tenancy", "Beacon.Web.Identity", "Beacon.Web.Jobs", "Beacon.Web.Mail",
        "Beacon.Web.Imports", "Beacon.Web.Exports", "Beacon.Web.Ui",
    ];

    public static bool IsPlumbing(TypeReference type) => Within(TypeReferences.NamespaceOf(type), PlumbingNamespaces);

    public static bool IsFeature(string @namespace) => Within(@namespace, [FeaturesNamespace]);

    /// <summary>The references from plumbing to a feature type that is not one of the model's records.</summary>
    public static List<TypeReferenceFound> Violations(ModuleDefinition module)
    {
        var records = Records();
        var byName = module.GetTypes().ToDictionary(TypeReferences.NameOf);
        return TypeReferences.From(module, IsPlumbing)
            .Where(r => byName.TryGetValue(r.To, out var target) ? IsFeature(TypeReferences.NamespaceOf(target)) : IsFeature(Namespace(r.To)))
            .Where(r => !records.Contains(Outermost(r.To)))
            .Distinct()
            .ToList();
    }

    /// <summary>The feature types in the EF model: each DbSet's entity and, transitively, the types its properties carry.</summary>
    public static HashSet<string> Records()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(typeof(BeaconDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0]));
        while (pending.TryDequeue(out var type))
        {
            if (!IsFeature(type.Namespace ?? "") || !found.Add(type))
            {
                continue;
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var carried in Carried(property.PropertyType))
                {
                    pending.Enqueue(carried);
                }
            }
        }
        return found.Select(t => t.FullName!).ToHashSet();
    }

    private static IEnumerable<Type> Carried(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [underlying];
        }
        if (type.IsArray)
        {
            return [type.GetElementType()!];
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType)
        {
            return type.GetGenericArguments();
        }
        return [type];
    }

    private static bool Within(string @namespace, IEnumerable<string> roots) =>
        roots.Any(root => @namespace == root || @namespace.StartsWith(root + ".", StringComparison.Ordinal));

    private static string Outermost(string name) => name.Split('+')[0];

    private static string Namespace(string name)
    {
        var outer = Outermost(name);
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? "" : outer[..dot];
    }
}
